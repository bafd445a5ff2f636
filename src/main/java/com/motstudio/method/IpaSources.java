package com.motstudio.method;

import com.motstudio.model.IpaScore;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.RatingCount;
import com.motstudio.model.RatingKind;
import com.motstudio.model.RatingSurvey;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.Workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Importance and performance per touchpoint made from data the workshop already holds, always on a
 * 1–5 scale so that points from different sources sit on one chart:
 * <ul>
 *   <li><b>From ratings</b>: importance is the touchpoint's weighted mean trait rating
 *   Σ wᵢ rᵢ / Σ wᵢ (1–5). Performance comes from the customers: the mean answer of the touchpoint's
 *   CSAT or 好差评 surveys (1–5), else of its NPS surveys mapped from 0–10 as 1 + 0.4 v, else its
 *   emotion scores mapped from −5…+5 as 3 + 0.4 e.</li>
 *   <li><b>From SERVQUAL</b>: over the items linked to the touchpoint, importance is the mean
 *   expectation and performance the mean perception, mapped from the survey's scale to 1–5.</li>
 * </ul>
 * A touchpoint lacking either figure is left out and counted.
 */
public final class IpaSources {
    /** Where a derived performance came from. */
    public enum PerformanceSource { CSAT_OR_REVIEWS, NPS, EMOTION, SERVQUAL }

    /** A derived point and where its performance came from. */
    public record Derived(IpaScore score, PerformanceSource performance) {}

    /** The points made, and how many touchpoints lacked importance or performance. */
    public record Result(List<Derived> points, int skipped) {
        public Result {
            points = List.copyOf(points);
        }

        public List<IpaScore> scores() {
            return points.stream().map(Derived::score).toList();
        }

        public long from(PerformanceSource source) {
            return points.stream().filter(p -> p.performance() == source).count();
        }
    }

    private IpaSources() {}

    public static Result fromRatings(Workshop workshop) {
        KeyMoments k = workshop.keyMoments();
        List<TouchpointScore> scores = TraitScores.of(workshop.journey(), k);
        Map<Trait, Double> weights = TraitScores.weights(k.traitWeights());
        List<Derived> points = new ArrayList<>();
        int skipped = 0;
        for (Touchpoint t : workshop.journey().touchpoints()) {
            Double importance = scores.stream().filter(s -> s.touchpointId().equals(t.id())).findFirst()
                    .map(s -> weightedMean(s, weights)).orElse(null);
            Derived performance = performance(t, k.ratingSurveys(), importance);
            if (importance == null || performance == null) {
                skipped++;
            } else {
                points.add(performance);
            }
        }
        return new Result(points, skipped);
    }

    public static Result fromServqual(Workshop workshop) {
        ServqualSurvey survey = workshop.keyMoments().servqual();
        List<Derived> points = new ArrayList<>();
        int skipped = 0;
        for (Touchpoint t : workshop.journey().touchpoints()) {
            List<String> items = survey.items().stream().filter(i -> i.touchpointIds().contains(t.id())).map(ServqualItem::id).toList();
            List<Double> expectations = new ArrayList<>();
            List<Double> perceptions = new ArrayList<>();
            for (var response : survey.responses()) {
                for (ServqualAnswer a : response.answers()) {
                    if (items.contains(a.itemId())) {
                        add(expectations, a.expectation(), survey);
                        add(perceptions, a.perception(), survey);
                    }
                }
            }
            if (expectations.isEmpty() || perceptions.isEmpty()) {
                skipped += items.isEmpty() ? 0 : 1;
                continue;
            }
            double span = survey.scaleMax() - survey.scaleMin();
            points.add(new Derived(new IpaScore(t.id(), toFive(Averages.mean(expectations), survey.scaleMin(), span),
                    toFive(Averages.mean(perceptions), survey.scaleMin(), span)), PerformanceSource.SERVQUAL));
        }
        return new Result(points, skipped);
    }

    private static Double weightedMean(TouchpointScore score, Map<Trait, Double> weights) {
        double sum = 0;
        double weight = 0;
        for (TraitCell c : score.cells()) {
            if (c.mean() != null) {
                double w = weights.getOrDefault(c.trait(), TraitScores.DEFAULT_WEIGHT);
                sum += w * c.mean();
                weight += w;
            }
        }
        return weight == 0 ? null : sum / weight;
    }

    private static Derived performance(Touchpoint t, List<RatingSurvey> surveys, Double importance) {
        if (importance == null) {
            return null;
        }
        Double satisfaction = mean(t.id(), surveys, RatingKind.CSAT, RatingKind.GOOD_BAD_REVIEW);
        if (satisfaction != null) {
            return new Derived(new IpaScore(t.id(), importance, satisfaction), PerformanceSource.CSAT_OR_REVIEWS);
        }
        Double nps = mean(t.id(), surveys, RatingKind.NPS);
        if (nps != null) {
            return new Derived(new IpaScore(t.id(), importance, 1 + 0.4 * nps), PerformanceSource.NPS);
        }
        List<Double> emotions = t.emotions().stream().map(e -> (double) e.score()).toList();
        return emotions.isEmpty() ? null
                : new Derived(new IpaScore(t.id(), importance, 3 + 0.4 * Averages.mean(emotions)), PerformanceSource.EMOTION);
    }

    /** The mean answer on the kind's scale over the touchpoint's surveys of those kinds; null when none. */
    private static Double mean(String touchpointId, List<RatingSurvey> surveys, RatingKind... kinds) {
        double sum = 0;
        long count = 0;
        for (RatingSurvey s : surveys) {
            if (s.touchpointId().equals(touchpointId) && List.of(kinds).contains(s.kind())) {
                for (RatingCount c : s.counts()) {
                    if (c.count() > 0 && c.value() >= Ratings.min(s.kind()) && c.value() <= Ratings.max(s.kind())) {
                        sum += (double) c.value() * c.count();
                        count += c.count();
                    }
                }
            }
        }
        return count == 0 ? null : sum / count;
    }

    private static void add(List<Double> values, Integer value, ServqualSurvey survey) {
        if (value != null && value >= survey.scaleMin() && value <= survey.scaleMax()) {
            values.add(value.doubleValue());
        }
    }

    private static double toFive(double value, int min, double span) {
        return span == 0 ? 3 : 1 + 4 * (value - min) / span;
    }
}
