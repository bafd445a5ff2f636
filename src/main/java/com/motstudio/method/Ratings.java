package com.motstudio.method;

import com.motstudio.model.RatingCount;
import com.motstudio.model.RatingKind;
import com.motstudio.model.RatingSurvey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * NPS (promoters 9–10, detractors 0–6, NPS = % promoters − % detractors), CSAT (share of 4–5 on a
 * 1–5 scale) and 好差评 (five levels, 1 = very dissatisfied … 5 = very satisfied; levels 1–2 are bad
 * reviews) from counts of answers. Answers off the scale are counted as ignored and left out of
 * every share; counts of 0 or less add nothing; a survey without answers has no figures (null).
 */
public final class Ratings {
    private Ratings() {}

    public static List<RatingResult> of(List<RatingSurvey> surveys) {
        return surveys.stream().map(Ratings::of).toList();
    }

    public static RatingResult of(RatingSurvey survey) {
        RatingKind kind = survey.kind();
        Map<Integer, Integer> merged = new TreeMap<>();
        int ignored = 0;
        for (RatingCount count : survey.counts()) {
            if (count.count() <= 0) {
                continue;
            }
            if (count.value() >= min(kind) && count.value() <= max(kind)) {
                merged.merge(count.value(), count.count(), Integer::sum);
            } else {
                ignored += count.count();
            }
        }
        int high = 0;
        int middle = 0;
        int low = 0;
        List<RatingCount> counts = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : merged.entrySet()) {
            counts.add(new RatingCount(e.getKey(), e.getValue()));
            switch (band(kind, e.getKey())) {
                case 1 -> high += e.getValue();
                case 0 -> middle += e.getValue();
                default -> low += e.getValue();
            }
        }
        int answers = high + middle + low;
        Double highPercent = Averages.percent(high, answers);
        Double lowPercent = Averages.percent(low, answers);
        Double score = switch (kind) {
            case NPS -> answers == 0 ? null : Averages.unsigned(100.0 * (high - low) / answers);
            case CSAT -> highPercent;
            case GOOD_BAD_REVIEW -> lowPercent;
        };
        return new RatingResult(survey.id(), kind, survey.name(), survey.touchpointId(), counts, answers, ignored,
                high, middle, low, highPercent, Averages.percent(middle, answers), lowPercent, score);
    }

    /** The lowest value on the kind's scale. */
    public static int min(RatingKind kind) {
        return kind == RatingKind.NPS ? 0 : 1;
    }

    /** The highest value on the kind's scale. */
    public static int max(RatingKind kind) {
        return kind == RatingKind.NPS ? 10 : 5;
    }

    /** 1 for the high band, 0 for the middle, −1 for the low band. */
    private static int band(RatingKind kind, int value) {
        if (kind == RatingKind.NPS) {
            return value >= 9 ? 1 : value >= 7 ? 0 : -1;
        }
        return value >= 4 ? 1 : value == 3 ? 0 : -1;
    }
}
