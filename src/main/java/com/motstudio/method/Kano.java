package com.motstudio.method;

import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoPair;
import com.motstudio.model.KanoResponse;
import com.motstudio.model.KanoSurvey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The KANO method: each respondent's functional and dysfunctional answers to a need are classified
 * by the evaluation table, then counted per need. A pair with an answer missing is skipped; when a
 * response answers a need twice the later pair counts; answers to needs the survey does not have
 * are ignored.
 */
public final class Kano {
    /** The order that breaks ties for the most frequent category: real categories before R and Q. */
    public static final List<KanoCategory> TIE_ORDER = List.of(KanoCategory.MUST_BE, KanoCategory.ONE_DIMENSIONAL,
            KanoCategory.ATTRACTIVE, KanoCategory.INDIFFERENT, KanoCategory.REVERSE, KanoCategory.QUESTIONABLE);
    /** The z value of the Fong test (90 % confidence). */
    public static final double FONG_Z = 1.65;

    private Kano() {}

    /** The evaluation table: row = functional answer, column = dysfunctional answer. */
    public static KanoCategory classify(KanoAnswer functional, KanoAnswer dysfunctional) {
        boolean middleF = functional == KanoAnswer.MUST_BE || functional == KanoAnswer.NEUTRAL || functional == KanoAnswer.LIVE_WITH;
        boolean middleD = dysfunctional == KanoAnswer.MUST_BE || dysfunctional == KanoAnswer.NEUTRAL || dysfunctional == KanoAnswer.LIVE_WITH;
        if (functional == KanoAnswer.LIKE) {
            return dysfunctional == KanoAnswer.LIKE ? KanoCategory.QUESTIONABLE
                    : dysfunctional == KanoAnswer.DISLIKE ? KanoCategory.ONE_DIMENSIONAL : KanoCategory.ATTRACTIVE;
        }
        if (middleF) {
            return dysfunctional == KanoAnswer.LIKE ? KanoCategory.REVERSE
                    : middleD ? KanoCategory.INDIFFERENT : KanoCategory.MUST_BE;
        }
        return dysfunctional == KanoAnswer.DISLIKE ? KanoCategory.QUESTIONABLE : KanoCategory.REVERSE;
    }

    /** The figures of every need of the survey, in its order. */
    public static List<KanoNeedResult> of(KanoSurvey survey) {
        Map<String, Map<KanoCategory, Integer>> counts = new HashMap<>();
        survey.needs().forEach(n -> counts.putIfAbsent(n.id(), new EnumMap<>(KanoCategory.class)));
        for (KanoResponse response : survey.responses()) {
            Map<String, KanoCategory> own = new HashMap<>();
            for (KanoPair pair : response.answers()) {
                if (counts.containsKey(pair.needId())) {
                    if (pair.functional() == null || pair.dysfunctional() == null) {
                        own.remove(pair.needId());
                    } else {
                        own.put(pair.needId(), classify(pair.functional(), pair.dysfunctional()));
                    }
                }
            }
            own.forEach((need, category) -> counts.get(need).merge(category, 1, Integer::sum));
        }
        List<KanoNeedResult> results = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (KanoNeed need : survey.needs()) {
            if (!seen.contains(need.id())) {
                seen.add(need.id());
                results.add(result(need.id(), counts.get(need.id())));
            }
        }
        return results;
    }

    /** The figures of one need from its counts. */
    public static KanoNeedResult result(String needId, Map<KanoCategory, Integer> given) {
        KanoNeedResult.KanoCounts c = new KanoNeedResult.KanoCounts(given.getOrDefault(KanoCategory.ATTRACTIVE, 0),
                given.getOrDefault(KanoCategory.ONE_DIMENSIONAL, 0), given.getOrDefault(KanoCategory.MUST_BE, 0),
                given.getOrDefault(KanoCategory.INDIFFERENT, 0), given.getOrDefault(KanoCategory.REVERSE, 0),
                given.getOrDefault(KanoCategory.QUESTIONABLE, 0));
        int base = c.attractive() + c.oneDimensional() + c.mustBe() + c.indifferent();
        Double better = base == 0 ? null : Averages.unsigned((double) (c.attractive() + c.oneDimensional()) / base);
        Double worse = base == 0 ? null : Averages.unsigned(-(double) (c.oneDimensional() + c.mustBe()) / base);
        if (c.total() == 0) {
            return new KanoNeedResult(needId, c, null, better, worse, null);
        }
        KanoCategory top = TIE_ORDER.getFirst();
        for (KanoCategory category : TIE_ORDER) {
            if (c.of(category) > c.of(top)) {
                top = category; // strictly more: an earlier category in the tie order keeps a tie
            }
        }
        int second = 0;
        for (KanoCategory category : TIE_ORDER) {
            if (category != top) {
                second = Math.max(second, c.of(category));
            }
        }
        return new KanoNeedResult(needId, c, top, better, worse, fong(c.of(top), second, c.total()));
    }

    /** The Fong test of counts m1 ≥ m2 out of n answers. */
    public static KanoNeedResult.FongTest fong(int m1, int m2, int n) {
        double difference = Math.abs(m1 - m2);
        double threshold = FONG_Z * Math.sqrt((double) (m1 + m2) * (2.0 * n - m1 - m2) / (2.0 * n));
        return new KanoNeedResult.FongTest(m1, m2, n, difference, threshold, !(difference < threshold));
    }
}
