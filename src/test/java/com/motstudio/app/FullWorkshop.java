package com.motstudio.app;

import com.motstudio.model.*;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Templates;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The government-hall template with data in every step, in one language: participants and groups,
 * ratings, votes, surveys (SERVQUAL, KANO, ratings, IPA), four confirmed moments with their scripts,
 * a rejected candidate, standards with checklists, actions, KPIs, measurements, audits, feedback with
 * bad reviews and their follow-ups, and two review rounds. Long texts on purpose: they must wrap.
 */
final class FullWorkshop {
    static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    private static final List<String> MOMENTS = List.of("tp-gov-reception", "tp-gov-queue", "tp-gov-check", "tp-gov-complaint");
    private final Language language;

    private FullWorkshop(Language language) {
        this.language = language;
    }

    static Workshop create(Language language) {
        return new FullWorkshop(language).build();
    }

    /** The text in the workshop's language: Simplified Chinese, Traditional Chinese, English. */
    private String t(String cn, String tw, String en) {
        return switch (language) {
            case SIMPLIFIED_CHINESE -> cn;
            case TRADITIONAL_CHINESE -> tw;
            default -> en;
        };
    }

    private Workshop build() {
        Workshop w = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", language)).workshop();
        WorkshopInfo info = w.info().withOrganization(t("某市政务服务管理局", "某市政府服務管理處", "City Government Services Bureau"))
                .withFacilitator(t("王老师", "王老師", "Ms Wang")).withDates(DAY.minusDays(30), DAY.minusDays(29))
                .withGroups(List.of(new ParticipantGroup("gr-1", t("第一组", "第一組", "Group 1"))))
                .withParticipants(List.of(
                        new Participant("pa-1", t("李敏", "李敏", "Li Min"), "gr-1", t("窗口主管", "櫃檯主管", "Counter lead")),
                        new Participant("pa-2", t("陈刚", "陳剛", "Chen Gang"), "gr-1", t("导办员", "導辦員", "Greeter"))));
        List<String> touchpoints = w.journey().stages().stream().flatMap(s -> s.touchpoints().stream()).map(Touchpoint::id).toList();
        return new Workshop(info, w.customerTypes(),
                List.of(new CustomerTier("ti-1", t("重点企业", "重點企業", "Key companies"), 1, 20.0, 80.0, "")),
                w.journey(), keyMoments(w.keyMoments(), touchpoints), plan(), monitoring());
    }

    private KeyMoments keyMoments(KeyMoments template, List<String> touchpoints) {
        List<TraitRating> ratings = new ArrayList<>();
        for (int i = 0; i < touchpoints.size(); i++) {
            for (Trait trait : Trait.values()) {
                ratings.add(new TraitRating("pa-1", touchpoints.get(i), trait, 1 + (i * 3 + trait.ordinal()) % 5));
                ratings.add(new TraitRating("pa-2", touchpoints.get(i), trait, 1 + (i * 2 + trait.ordinal() * 3) % 5));
            }
        }
        List<DotVote> votes = List.of(new DotVote("pa-1", "tp-gov-check", 2), new DotVote("pa-1", "tp-gov-queue", 1),
                new DotVote("pa-2", "tp-gov-complaint", 3));
        String wait = t("员工在您需要时及时提供服务，不让您长时间等候", "員工在您需要時即時提供服務，不讓您久候",
                "Staff serve you promptly when you need them and never keep you waiting long");
        ServqualSurvey servqual = new ServqualSurvey(1, 7, List.of(
                new ServqualItem("sq-1", ServqualDimension.RESPONSIVENESS, wait, List.of("tp-gov-queue")),
                new ServqualItem("sq-2", ServqualDimension.RELIABILITY, t("一次告知全部所需材料", "一次告知全部所需文件",
                        "Tells every document needed at once"), List.of("tp-gov-check"))),
                List.of(new ServqualResponse("sr-1", "R01", List.of(new ServqualAnswer("sq-1", 7, 3), new ServqualAnswer("sq-2", 6, 4)),
                        List.of(new DimensionWeight(ServqualDimension.RESPONSIVENESS, 60.0), new DimensionWeight(ServqualDimension.RELIABILITY, 40.0)))));
        KanoSurvey kano = new KanoSurvey(List.of(new KanoNeed("kn-1", t("一次性告知", "一次告知", "Told everything at once"),
                t("如果一次告知全部材料，您感觉如何？", "如果一次告知全部文件，您覺得如何？", "If you are told every document at once, how do you feel?"),
                t("如果不能一次告知，您感觉如何？", "如果無法一次告知，您覺得如何？", "If you are not told everything at once, how do you feel?"),
                List.of("tp-gov-check"))),
                List.of(new KanoResponse("kr-1", "R01", List.of(new KanoPair("kn-1", KanoAnswer.LIKE, KanoAnswer.DISLIKE)))));
        List<RatingSurvey> surveys = List.of(
                new RatingSurvey("rs-1", RatingKind.GOOD_BAD_REVIEW, t("3月好差评", "3月好差評", "March reviews"), "tp-gov-check",
                        List.of(new RatingCount(5, 120), new RatingCount(4, 30), new RatingCount(1, 6))),
                new RatingSurvey("rs-2", RatingKind.NPS, t("年度推荐度", "年度推薦度", "Yearly NPS"), "", List.of(new RatingCount(9, 40), new RatingCount(3, 8))));
        List<IpaScore> ipa = List.of(new IpaScore("tp-gov-check", 4.6, 2.9), new IpaScore("tp-gov-queue", 4.1, 3.8));
        List<MomentOfTruth> moments = MOMENTS.stream().map(tp -> new MomentOfTruth("mo-" + tp.substring(7), tp,
                t("情绪最低点且差评集中，群众反复跑腿", "情緒最低點且差評集中，民眾反覆奔波", "The lowest emotion and most bad reviews: citizens come back again and again"),
                DAY.minusDays(14), t("一次办成", "一次辦好", "Done in one visit"), tp.equals("tp-gov-check") ? "kn-1" : "",
                t("材料反复补", "文件反覆補", "Documents asked for again and again"), t("一次告知、一次办结", "一次告知、一次辦結", "Told once, done once"),
                t("您好，请出示身份证，我一次把需要的材料都告诉您。", "您好，請出示身分證，我一次把需要的文件都告訴您。", "Hello, may I see your ID? I will tell you every document you need at once."),
                t("非常抱歉，我们马上为您处理，并在今天内回电。", "非常抱歉，我們馬上為您處理，並在今天內回電。", "I am very sorry; we will sort it out now and call you back today.")))
                .toList();
        return new KeyMoments(List.of(new TraitWeight(Trait.EMOTIONAL_IMPACT, 2.0), new TraitWeight(Trait.SPREAD, 1.0)),
                ratings, template.votesPerParticipant(), votes, servqual, kano, surveys, ipa, moments,
                List.of(new CandidateRejection("tp-gov-ticket", t("分数高但不可控：由上级系统决定", "分數高但無法掌控：由上級系統決定",
                        "Scores high but out of our hands: the national system decides"))));
    }

    private Plan plan() {
        List<ServiceStandard> standards = List.of(
                new ServiceStandard("ss-reception", "mo-reception", t("首问负责制", "首問負責制", "First-asked responsibility"), List.of(
                        item("ci-greet", t("10 秒内起身问候并询问办理事项", "10 秒內起身問候並詢問辦理事項", "Stands up and greets within 10 seconds, asks what the visit is for")),
                        item("ci-guide", t("引导到正确窗口或陪同移交", "引導到正確櫃檯或陪同移交", "Guides to the right counter or hands over in person")))),
                new ServiceStandard("ss-check", "mo-check", t("一次性告知", "一次告知", "Telling everything at once"), List.of(
                        item("ci-list", t("发放书面材料清单，所需材料、办理步骤与时限一次讲清", "發放書面文件清單，所需文件、辦理步驟與時限一次講清楚",
                                "Hands over the written list: documents, steps and the promised time, all at once")),
                        item("ci-missing", t("缺件一次讲清", "缺件一次講清楚", "Names every missing document at once")))));
        List<Kpi> kpis = List.of(
                new Kpi("kp-wait", t("平均等候时间", "平均等候時間", "Average waiting time"), t("分钟", "分鐘", "min"), Direction.LOWER_IS_BETTER,
                        25.0, 12.0, LocalDate.of(2027, 2, 28), t("排队系统", "排隊系統", "Queue system"), List.of("mo-queue")),
                new Kpi("kp-once", t("一次办结率", "一次辦結率", "Done in one visit"), "%", Direction.HIGHER_IS_BETTER,
                        78.0, 95.0, LocalDate.of(2027, 2, 28), t("办件系统", "辦件系統", "Case system"), List.of("mo-check")),
                new Kpi("kp-bad", t("差评率", "差評率", "Bad-review rate"), "%", Direction.LOWER_IS_BETTER,
                        3.5, 1.0, LocalDate.of(2027, 2, 28), t("好差评系统", "好差評系統", "Review system"), List.of("mo-complaint")));
        List<ImprovementAction> actions = List.of(
                action("ac-list", t("编制一次性告知单", "編製一次告知單", "Write the one-visit document lists"), "mo-check", ActionStatus.IN_PROGRESS, 9),
                action("ac-screen", t("维修叫号屏", "維修叫號螢幕", "Repair the queue display"), "mo-queue", ActionStatus.PLANNED, 2),
                action("ac-greeter", t("设立导办员岗位", "設立導辦員職位", "Post a greeter at the entrance"), "mo-reception", ActionStatus.DONE, 6),
                action("ac-sms", t("短信提醒叫号", "簡訊提醒叫號", "Text message when the number is near"), "mo-queue", ActionStatus.BLOCKED, 12));
        return new Plan(standards, actions, kpis);
    }

    private static ChecklistItem item(String id, String behaviour) {
        return new ChecklistItem(id, behaviour, "", CheckMethod.OBSERVATION);
    }

    private ImprovementAction action(String id, String title, String moment, ActionStatus status, int weeks) {
        return new ImprovementAction(id, title, ActionType.MICRO_PROCESS, t("按事项编制，张贴在窗口", "依事項編製，張貼在櫃檯", "One per service, posted at the counter"),
                List.of(moment), List.of("kp-once"), t("李敏", "李敏", "Li Min"), t("综合受理科", "綜合收件科", "Front office"),
                DAY, DAY.plusWeeks(weeks), 2, 4, "", status);
    }

    private Monitoring monitoring() {
        List<Measurement> measurements = List.of(new Measurement("me-1", "kp-wait", DAY.plusDays(30), 21.0, ""),
                new Measurement("me-2", "kp-wait", DAY.plusDays(60), 16.5, t("叫号屏修好后", "叫號螢幕修好後", "After the display was fixed")),
                new Measurement("me-3", "kp-once", DAY.plusDays(30), 82.0, ""), new Measurement("me-4", "kp-bad", DAY.plusDays(30), 2.8, ""));
        List<Audit> audits = List.of(
                new Audit("au-1", DAY.plusDays(20), t("陈刚", "陳剛", "Chen Gang"), t("政务大厅", "政府服務大廳", "Service hall"), "5",
                        List.of(new AuditResult("ci-list", AuditOutcome.FAIL, t("未给书面告知单", "未給書面告知單", "No written list given")),
                                new AuditResult("ci-missing", AuditOutcome.PASS, ""), new AuditResult("ci-greet", AuditOutcome.PASS, ""),
                                new AuditResult("ci-guide", AuditOutcome.NOT_APPLICABLE, "")), List.of("mo-check", "mo-reception")));
        String complaint = t("跑了三趟还没办成，每次都说缺不同的材料", "跑了三趟還沒辦好，每次都說缺不同的文件",
                "Came three times and it is still not done; each time another document was missing");
        // the log lists the latest entered first: the open bad review, which the matrix chooses, so its follow-up form is filled
        List<Feedback> feedback = List.of(
                new Feedback("fb-3", DAY.plusDays(1), FeedbackChannel.PHONE, "tp-gov-reception", "mo-reception",
                        FeedbackScale.GOOD_BAD_REVIEW, 5, t("导办员很热情", "導辦員很熱心", "The greeter was very kind"), "", null),
                new Feedback("fb-2", DAY.plusDays(5), FeedbackChannel.ONLINE, "tp-gov-queue", "mo-queue",
                        FeedbackScale.GOOD_BAD_REVIEW, 2, t("等了一个多小时，叫号屏坏了", "等了一個多小時，叫號螢幕壞了",
                                "Waited over an hour; the queue display was broken"), t("陈刚", "陳剛", "Chen Gang"),
                        new FollowUp(DAY.plusDays(12), t("已修好叫号屏并电话致歉", "已修好叫號螢幕並電話致歉", "Display repaired; called to apologise"),
                                4, FollowUpStatus.CLOSED, DAY.plusDays(9))),
                new Feedback("fb-1", DAY.plusDays(7), FeedbackChannel.ON_SITE_DEVICE, "tp-gov-check", "mo-check",
                        FeedbackScale.GOOD_BAD_REVIEW, 1, complaint, t("李敏", "李敏", "Li Min"),
                        new FollowUp(DAY.plusDays(14), "", null, FollowUpStatus.OPEN, null)));
        List<ReviewRound> rounds = List.of(
                new ReviewRound("rr-1", t("第一轮", "第一輪", "Round 1"), DAY.plusDays(31), "", List.of(new ScoreSnapshot("tp-gov-check", 87.5)),
                        List.of(new KpiSnapshot("kp-wait", 21.0)), 66.7, 40, 3, List.of(new ItemCompliance("ci-list", 1, 2, 0)), 1),
                new ReviewRound("rr-2", t("第二轮", "第二輪", "Round 2"), DAY.plusDays(61), t("差评下降", "差評下降", "Fewer bad reviews"),
                        List.of(new ScoreSnapshot("tp-gov-check", 72.0)), List.of(new KpiSnapshot("kp-wait", 16.5)), 80.0, 52, 2,
                        List.of(new ItemCompliance("ci-list", 3, 1, 0)), 0));
        return new Monitoring(measurements, audits, feedback, 5, rounds, List.of(), List.of());
    }
}
