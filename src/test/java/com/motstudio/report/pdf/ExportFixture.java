package com.motstudio.report.pdf;

import com.motstudio.model.*;
import com.motstudio.store.KanoNeeds;
import com.motstudio.store.LoadResult;
import com.motstudio.store.ServqualItems;
import com.motstudio.store.Templates;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * The government-hall template in one language with data in every step: people and branding,
 * ratings, votes, survey answers, three confirmed moments, standards, actions, KPIs, a year of
 * measurements, audits, feedback and two review rounds. Seeded, so every run is the same.
 */
public final class ExportFixture {
    static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private ExportFixture() {}

    /** The words the fixture writes itself, per language: organisation, people, standards, actions. */
    record Words(String organization, String facilitator, String[] people, String group, String standard, String[] items,
                 String[] criteria, String[] actions, String department, String kpi, String unit, String source,
                 String auditor, String counter, String round, String script, String complaint, String reason) {}

    static Words words(Language language) {
        return switch (language) {
            case SIMPLIFIED_CHINESE -> new Words("某市政务服务管理局", "王老师", new String[] {"李敏", "陈刚", "赵丽"}, "第一组",
                    "一次性告知标准", new String[] {"主动起身问候并请群众就座", "书面一次性告知全部所需材料", "办结后请群众评价"},
                    new String[] {"群众到窗口五秒内", "告知单与公布清单一致", "每件必请"},
                    new String[] {"编制一次性告知单", "窗口人员话术培训", "设置帮办代办专窗"}, "综合受理科", "差评率", "%", "好差评系统",
                    "张督查", "3号窗口", "第一轮复盘", "您好，请坐，请问办理什么业务？", "非常抱歉给您带来不便，我马上为您处理。",
                    "情绪最低点，差评集中");
            case TRADITIONAL_CHINESE -> new Words("某市政府服務中心", "王老師", new String[] {"李敏", "陳剛", "趙麗"}, "第一組",
                    "一次告知標準", new String[] {"主動起身問候並請民眾就座", "以書面一次告知所需全部文件", "辦結後請民眾評價"},
                    new String[] {"民眾到櫃檯五秒內", "告知單與公告清單一致", "每件必請"},
                    new String[] {"編製一次告知單", "櫃檯人員話術訓練", "設置協助代辦專櫃"}, "綜合受理科", "負評率", "%", "滿意度系統",
                    "張督導", "3號櫃檯", "第一輪檢討", "您好，請坐，請問要辦理什麼業務？", "非常抱歉造成您的不便，我馬上為您處理。",
                    "情緒最低點，負評集中");
            case ENGLISH -> new Words("City Service Bureau", "Ms Wang", new String[] {"Li Min", "Chen Gang", "Zhao Li"}, "Group 1",
                    "Tell-once standard", new String[] {"Stands up, greets and offers a seat", "Lists every required document in writing",
                        "Asks for a rating when done"},
                    new String[] {"Within five seconds of arrival", "List matches the published one", "Every case"},
                    new String[] {"Write a one-time document list", "Train counter staff in the scripts", "Open an assisted-service counter"},
                    "Front office", "Bad-review rate", "%", "Rating system", "Auditor Zhang", "Counter 3", "Round 1",
                    "Hello, please take a seat. How can I help you?", "I am sorry for the trouble; I will sort it out now.",
                    "Lowest emotion, most bad reviews");
        };
    }

    /** 𠀀 U+20000 (CJK Extension B), 😀 U+1F600, مرحبا and שלום: text the bundled font cannot draw. */
    public static final String EXT_B = "\uD840\uDC00";
    public static final String EMOJI = "\uD83D\uDE00";
    public static final String ARABIC = "\u0645\u0631\u062D\u0628\u0627";
    public static final String HEBREW = "\u05E9\u05DC\u05D5\u05DD";

    /** The export fixture with the four scripts in the name of a moment's touchpoint and in a review round's notes. */
    public static Workshop withForeignScripts(Language language) {
        Workshop w = ExportFixture.create(language);
        MomentOfTruth moment = w.keyMoments().moments().getFirst();
        Touchpoint tp = w.journey().touchpoint(moment.touchpointId()).orElseThrow();
        w = w.withJourney(w.journey().withTouchpointChanged(tp.id(), t -> t.withName(tp.name() + " " + EXT_B + EMOJI + " " + ARABIC)));
        List<ReviewRound> rounds = new ArrayList<>(w.monitoring().rounds());
        ReviewRound r = rounds.getFirst();
        rounds.set(0, new ReviewRound(r.id(), r.name(), r.closedOn(), r.notes() + " " + HEBREW + " " + EXT_B, r.scores(), r.kpis(),
                r.compliancePercent(), r.feedbackCount(), r.badReviewCount(), r.items(), r.overdueFollowUps()));
        return w.withMonitoring(w.monitoring().withRounds(rounds));
    }

    public static Workshop create(Language language) {
        LoadResult result = new Templates(new WorkshopStore()).load("government", language);
        Workshop template = ((LoadResult.Loaded) result).workshop();
        Words w = words(language);
        Random random = new Random(7);
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < w.people().length; i++) {
            people.add(new Participant("pa-" + i, w.people()[i], "gr-1", ""));
        }
        WorkshopInfo info = template.info().withOrganization(w.organization()).withFacilitator(w.facilitator())
                .withDates(DAY, DAY.plusDays(1)).withParticipants(people)
                .withGroups(List.of(new ParticipantGroup("gr-1", w.group())))
                .withBranding(new Branding("image/png", logo(), "#B03A2E"));
        List<Touchpoint> touchpoints = template.journey().touchpoints();
        List<TraitRating> ratings = new ArrayList<>();
        for (Participant p : people) {
            for (Touchpoint tp : touchpoints) {
                for (Trait trait : Trait.values()) {
                    ratings.add(new TraitRating(p.id(), tp.id(), trait, 1 + random.nextInt(5)));
                }
            }
        }
        List<ServqualItem> items = ServqualItems.items(language);
        List<ServqualResponse> servqual = new ArrayList<>();
        for (int r = 0; r < 12; r++) {
            List<ServqualAnswer> answers = new ArrayList<>();
            for (ServqualItem item : items) {
                answers.add(new ServqualAnswer(item.id(), 5 + random.nextInt(3), 2 + random.nextInt(5)));
            }
            servqual.add(new ServqualResponse("sr-" + r, "R" + r, answers, List.of()));
        }
        List<KanoNeed> needs = KanoNeeds.example(language, template.journey());
        List<KanoResponse> kano = new ArrayList<>();
        KanoAnswer[] answers = KanoAnswer.values();
        for (int r = 0; r < 15; r++) {
            List<KanoPair> pairs = new ArrayList<>();
            for (KanoNeed need : needs) {
                pairs.add(new KanoPair(need.id(), answers[random.nextInt(3)], answers[2 + random.nextInt(3)]));
            }
            kano.add(new KanoResponse("kr-" + r, "R" + r, pairs));
        }
        List<IpaScore> ipa = touchpoints.stream().limit(10)
                .map(tp -> new IpaScore(tp.id(), 2 + random.nextInt(30) / 10.0, 1.5 + random.nextInt(30) / 10.0)).toList();
        List<Touchpoint> chosen = touchpoints.stream().sorted(java.util.Comparator.comparingInt(
                tp -> tp.emotions().stream().mapToInt(EmotionScore::score).sum())).limit(3).toList();
        List<MomentOfTruth> moments = new ArrayList<>();
        List<ServiceStandard> standards = new ArrayList<>();
        List<ImprovementAction> actions = new ArrayList<>();
        List<Kpi> kpis = new ArrayList<>();
        List<Measurement> measurements = new ArrayList<>();
        for (int m = 0; m < chosen.size(); m++) {
            Touchpoint tp = chosen.get(m);
            String id = "mo-" + m;
            moments.add(new MomentOfTruth(id, tp.id(), w.reason() + " \u00b7 " + tp.name(), DAY, tp.opportunities().isEmpty() ? tp.name()
                    : tp.opportunities().getFirst(), "", tp.painPoints().isEmpty() ? "" : tp.painPoints().getFirst(),
                    tp.opportunities().isEmpty() ? "" : tp.opportunities().getFirst(), w.script(), w.complaint()));
            List<ChecklistItem> checklist = new ArrayList<>();
            for (int i = 0; i < w.items().length; i++) {
                checklist.add(new ChecklistItem("ci-" + m + i, w.items()[i], w.criteria()[i], CheckMethod.values()[i % 3]));
            }
            standards.add(new ServiceStandard("ss-" + m, id, w.standard() + " " + (m + 1), checklist));
            String kpiId = "kp-" + m;
            kpis.add(new Kpi(kpiId, w.kpi() + " " + (m + 1), w.unit(), Direction.LOWER_IS_BETTER, 6.0 - m, 2.0, DAY.plusMonths(12),
                    w.source(), List.of(id)));
            for (int a = 0; a < w.actions().length; a++) {
                actions.add(new ImprovementAction("ac-" + m + a, w.actions()[a], ActionType.values()[a], tp.name(), List.of(id),
                        List.of(kpiId), w.people()[a], w.department(), DAY.plusDays(7 + 20L * a + 10L * m),
                        DAY.plusDays(40 + 45L * a + 20L * m), 2, 4, "", ActionStatus.values()[(a + m) % 4]));
            }
            for (int month = 0; month < 12; month++) {
                measurements.add(new Measurement("me-" + m + "-" + month, kpiId, DAY.plusMonths(month),
                        Math.round((6.0 - m - month * 0.35 + random.nextDouble()) * 10) / 10.0, ""));
            }
        }
        List<Audit> audits = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            List<AuditResult> results = new ArrayList<>();
            for (ServiceStandard s : standards) {
                for (ChecklistItem item : s.items()) {
                    results.add(new AuditResult(item.id(), random.nextInt(4) == 0 ? AuditOutcome.FAIL : AuditOutcome.PASS, ""));
                }
            }
            audits.add(new Audit("au-" + a, DAY.plusMonths(a + 1), w.auditor(), w.organization(), w.counter(), results));
        }
        List<Feedback> feedback = new ArrayList<>();
        for (int f = 0; f < 10; f++) {
            feedback.add(new Feedback("fb-" + f, DAY.plusDays(10L * f), FeedbackChannel.values()[f % 3], chosen.get(f % 3).id(),
                    "mo-" + (f % 3), FeedbackScale.GOOD_BAD_REVIEW, 1 + random.nextInt(5), "", "", null));
        }
        List<ReviewRound> rounds = List.of(
                new ReviewRound("rr-1", w.round(), DAY.plusMonths(3), w.reason(), List.of(), List.of(), 78.0, 6, 2),
                new ReviewRound("rr-2", w.round() + "+", DAY.plusMonths(6), "", List.of(), List.of(), 86.0, 4, 1));
        KeyMoments keyMoments = template.keyMoments().withRatings(ratings)
                .withVotes(3, List.of(new DotVote("pa-0", chosen.getFirst().id(), 3)))
                .withServqual(new ServqualSurvey(1, 7, items, servqual)).withKano(new KanoSurvey(needs, kano))
                .withIpa(ipa).withMoments(moments);
        return template.withInfo(info).withKeyMoments(keyMoments).withPlan(new Plan(standards, actions, kpis))
                .withMonitoring(new Monitoring(measurements, audits, feedback, 5, rounds));
    }

    /** A small PNG logo: a red square with a white ring. */
    static String logo() {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(176, 58, 46));
        g.fillRect(0, 0, 96, 96);
        g.setColor(Color.WHITE);
        g.fillOval(18, 18, 60, 60);
        g.setColor(new Color(176, 58, 46));
        g.fillOval(30, 30, 36, 36);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
