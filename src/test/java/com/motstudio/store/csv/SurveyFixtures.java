package com.motstudio.store.csv;

import com.motstudio.model.DimensionWeight;
import com.motstudio.model.Journey;
import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoPair;
import com.motstudio.model.KanoResponse;
import com.motstudio.model.KanoSurvey;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.RatingCount;
import com.motstudio.model.RatingKind;
import com.motstudio.model.RatingSurvey;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.model.WorkshopInfo;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Templates;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Workshops to import survey answers into, shared by the survey CSV tests. */
final class SurveyFixtures {
    static final ServqualCsv SERVQUAL = new ServqualCsv();
    static final KanoCsv KANO = new KanoCsv();
    static final RatingCsv RATINGS = new RatingCsv();

    private SurveyFixtures() {}

    /**
     * A zh-CN workshop with touchpoints 窗口受理 (tp-window) and 取号 (tp-ticket) in 受理, and two
     * named 叫号 (tp-call-1, tp-call-2) in two stages; no survey data.
     */
    static Workshop workshop() {
        return new Workshop(WorkshopInfo.empty().withLanguage("zh-CN"), List.of(), List.of(),
                new Journey(List.of(
                        new Stage("st-accept", "受理", "", List.of(Touchpoint.named("tp-window", "窗口受理"),
                                Touchpoint.named("tp-ticket", "取号"), Touchpoint.named("tp-call-1", "叫号"))),
                        new Stage("st-wait", "等候", "", List.of(Touchpoint.named("tp-call-2", "叫号"))))),
                KeyMoments.empty(), null, null);
    }

    /** A workshop whose SERVQUAL survey has three items on a 1–5 scale — sq-a, sq-b, sq-c — and one response. */
    static Workshop withServqual() {
        ServqualSurvey survey = new ServqualSurvey(1, 5, List.of(
                new ServqualItem("sq-a", ServqualDimension.TANGIBLES, "设备现代", List.of("tp-window")),
                new ServqualItem("sq-b", ServqualDimension.RELIABILITY, "按时办结", List.of()),
                new ServqualItem("sq-c", ServqualDimension.EMPATHY, "理解需求", List.of())),
                List.of(new ServqualResponse("sr-old", "老受访者", List.of(new ServqualAnswer("sq-a", 4, 3)),
                        List.of(new DimensionWeight(ServqualDimension.TANGIBLES, 100)))));
        return with(workshop(), survey, null, null);
    }

    /** A workshop with KANO needs kn-once 一次性告知, kn-online 网上预审 and kn-wait "Wait time", and one response. */
    static Workshop withKano() {
        KanoSurvey survey = new KanoSurvey(List.of(
                new KanoNeed("kn-once", "一次性告知", "如果一次告知……", "如果没有一次告知……", List.of("tp-window")),
                new KanoNeed("kn-online", "网上预审", "", "", List.of()),
                new KanoNeed("kn-wait", "Wait time", "", "", List.of())),
                List.of(new KanoResponse("kr-old", "老受访者", List.of(new KanoPair("kn-once", KanoAnswer.MUST_BE, KanoAnswer.DISLIKE)))));
        return with(workshop(), null, survey, null);
    }

    /** A workshop with one rating survey: rs-old, 好差评 "3月" of 窗口受理, 10 very satisfied and 1 very dissatisfied. */
    static Workshop withRatings() {
        return with(workshop(), null, null, List.of(new RatingSurvey("rs-old", RatingKind.GOOD_BAD_REVIEW, "3月", "tp-window",
                List.of(new RatingCount(5, 10), new RatingCount(1, 1)))));
    }

    private static Workshop with(Workshop w, ServqualSurvey servqual, KanoSurvey kano, List<RatingSurvey> ratings) {
        KeyMoments k = w.keyMoments();
        return w.withKeyMoments(new KeyMoments(k.traitWeights(), k.ratings(), k.votesPerParticipant(), k.votes(),
                servqual == null ? k.servqual() : servqual, kano == null ? k.kano() : kano,
                ratings == null ? k.ratingSurveys() : ratings, k.ipa(), k.moments()));
    }

    /** The workshop with these KANO needs and no responses. */
    static Workshop withNeeds(Workshop w, List<KanoNeed> needs) {
        return with(w, null, new KanoSurvey(needs, List.of()), null);
    }

    /** The government-hall template, as a new workshop starts from it. */
    static Workshop governmentTemplate(Language language) {
        LoadResult result = new Templates(new WorkshopStore()).load("government", language);
        return ((LoadResult.Loaded) result).workshop();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gb18030(String text) {
        return text.getBytes(CsvCharset.GB18030);
    }

    static byte[] withBom(String text) {
        return SurveyExampleFiles.withBom(text);
    }
}
