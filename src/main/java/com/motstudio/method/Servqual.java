package com.motstudio.method;

import com.motstudio.model.DimensionWeight;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * SERVQUAL (Parasuraman, Zeithaml &amp; Berry 1988) on a survey of any length and scale. Answers
 * off the survey's scale, missing answers and answers to items the survey does not have are
 * skipped, never counted as zero; when a response answers an item twice the later answer counts.
 * Weights: a respondent's points are scaled to add up to 100 over the dimensions they have a score
 * in (so points that do not add up to 100, or that went to a dimension they did not answer, are
 * re-shared); a dimension without points gets 0; a respondent whose usable points add up to 0, or
 * who gave none, is left out of the weighted score only. SERVPERF (Cronin &amp; Taylor 1992) uses the
 * perceptions alone: unweighted, all items as one scale; weighted, per dimension like the gap.
 */
public final class Servqual {
    private Servqual() {}

    /** A usable answer: each side on the scale or null. */
    private record Answer(ServqualDimension dimension, Integer expectation, Integer perception) {
        Double gap() {
            return expectation == null || perception == null ? null : (double) (perception - expectation);
        }
    }

    public static ServqualResult of(ServqualSurvey survey) {
        Map<String, ServqualItem> items = new LinkedHashMap<>();
        survey.items().forEach(i -> items.putIfAbsent(i.id(), i));
        List<Map<String, Answer>> answers = new ArrayList<>();
        for (ServqualResponse response : survey.responses()) {
            Map<String, Answer> given = new LinkedHashMap<>();
            for (ServqualAnswer a : response.answers()) {
                ServqualItem item = items.get(a.itemId());
                Integer e = onScale(a.expectation(), survey);
                Integer p = onScale(a.perception(), survey);
                if (item != null && item.dimension() != null && (e != null || p != null)) {
                    given.put(a.itemId(), new Answer(item.dimension(), e, p));
                } else if (item != null) {
                    given.remove(a.itemId()); // a later empty answer replaces an earlier one
                }
            }
            answers.add(given);
        }
        List<Map<ServqualDimension, Double>> weights = survey.responses().stream().map(r -> weights(r.weights())).toList();
        List<Map<ServqualDimension, Double>> gaps = perRespondent(answers, Answer::gap);
        List<Map<ServqualDimension, Double>> perceptions = perRespondent(answers, a -> number(a.perception()));
        List<Map<ServqualDimension, Double>> expectations = perRespondent(answers, a -> number(a.expectation()));

        List<ServqualResult.DimensionResult> dimensions = new ArrayList<>();
        for (ServqualDimension d : ServqualDimension.values()) {
            int itemCount = (int) items.values().stream().filter(i -> i.dimension() == d).count();
            dimensions.add(new ServqualResult.DimensionResult(d, itemCount, (int) gaps.stream().filter(g -> g.containsKey(d)).count(),
                    meanOf(expectations, d), meanOf(perceptions, d), meanOf(gaps, d), meanWeight(answers, weights, d)));
        }
        int respondents = (int) answers.stream().filter(a -> !a.isEmpty()).count();
        return new ServqualResult(survey.scaleMin(), survey.scaleMax(), respondents, itemResults(items, answers),
                dimensions, overall(gaps, weights), servperf(answers, perceptions, weights));
    }

    /**
     * SERVPERF as Cronin &amp; Taylor (1992) define it: the perception items as one scale, so each
     * respondent's mean over all the items they gave a perception for, then the mean over
     * respondents. A dimension with more items thus counts for more (unlike the mean of the five
     * dimension means). The weighted score stays per dimension, as for the gap.
     */
    private static ServqualResult.Overall servperf(List<Map<String, Answer>> answers,
                                                   List<Map<ServqualDimension, Double>> perceptions,
                                                   List<Map<ServqualDimension, Double>> weights) {
        List<Double> scale = new ArrayList<>();
        for (Map<String, Answer> given : answers) {
            Double mean = Averages.mean(given.values().stream().map(Answer::perception).filter(Objects::nonNull).toList());
            if (mean != null) {
                scale.add(mean);
            }
        }
        ServqualResult.Overall byDimension = overall(perceptions, weights);
        return new ServqualResult.Overall(Averages.mean(scale), byDimension.dimensions(), byDimension.weighted(),
                byDimension.weightedRespondents());
    }

    private static List<ServqualResult.ItemResult> itemResults(Map<String, ServqualItem> items, List<Map<String, Answer>> answers) {
        List<ServqualResult.ItemResult> results = new ArrayList<>();
        for (ServqualItem item : items.values()) {
            List<Integer> e = new ArrayList<>();
            List<Integer> p = new ArrayList<>();
            List<Double> gap = new ArrayList<>();
            for (Map<String, Answer> given : answers) {
                Answer a = given.get(item.id());
                if (a != null) {
                    if (a.expectation() != null) e.add(a.expectation());
                    if (a.perception() != null) p.add(a.perception());
                    if (a.gap() != null) gap.add(a.gap());
                }
            }
            results.add(new ServqualResult.ItemResult(item.id(), item.dimension(), e.size(), p.size(), gap.size(),
                    Averages.mean(e), Averages.mean(p), Averages.mean(gap)));
        }
        return results;
    }

    /** Each respondent's mean per dimension of the values {@code value} gives (null values skipped). */
    private static List<Map<ServqualDimension, Double>> perRespondent(List<Map<String, Answer>> answers, Function<Answer, Double> value) {
        List<Map<ServqualDimension, Double>> result = new ArrayList<>();
        for (Map<String, Answer> given : answers) {
            Map<ServqualDimension, List<Double>> values = new EnumMap<>(ServqualDimension.class);
            for (Answer a : given.values()) {
                Double v = value.apply(a);
                if (v != null) {
                    values.computeIfAbsent(a.dimension(), k -> new ArrayList<>()).add(v);
                }
            }
            Map<ServqualDimension, Double> means = new EnumMap<>(ServqualDimension.class);
            values.forEach((d, list) -> means.put(d, Averages.mean(list)));
            result.add(means);
        }
        return result;
    }

    private static ServqualResult.Overall overall(List<Map<ServqualDimension, Double>> scores, List<Map<ServqualDimension, Double>> weights) {
        List<Double> dimensionScores = new ArrayList<>();
        for (ServqualDimension d : ServqualDimension.values()) {
            Double mean = meanOf(scores, d);
            if (mean != null) {
                dimensionScores.add(mean);
            }
        }
        List<Double> weighted = new ArrayList<>();
        for (int r = 0; r < scores.size(); r++) {
            Map<ServqualDimension, Double> own = scores.get(r);
            Map<ServqualDimension, Double> w = weights.get(r);
            double points = own.keySet().stream().mapToDouble(d -> w.getOrDefault(d, 0.0)).sum();
            if (points > 0) {
                weighted.add(own.entrySet().stream().mapToDouble(e -> w.getOrDefault(e.getKey(), 0.0) / points * e.getValue()).sum());
            }
        }
        return new ServqualResult.Overall(Averages.mean(dimensionScores), dimensionScores.size(),
                Averages.mean(weighted), weighted.size());
    }

    /** A respondent's usable points per dimension: finite and 0 or more; the later of two for one dimension. */
    private static Map<ServqualDimension, Double> weights(List<DimensionWeight> given) {
        Map<ServqualDimension, Double> w = new EnumMap<>(ServqualDimension.class);
        for (DimensionWeight weight : given) {
            if (weight.dimension() != null && Double.isFinite(weight.points()) && weight.points() >= 0) {
                w.put(weight.dimension(), weight.points());
            }
        }
        return w;
    }

    /** The mean share (of 100) respondents gave a dimension; responses without a usable answer do not count. */
    private static Double meanWeight(List<Map<String, Answer>> answers, List<Map<ServqualDimension, Double>> weights,
                                     ServqualDimension d) {
        List<Double> shares = new ArrayList<>();
        for (int r = 0; r < weights.size(); r++) {
            Map<ServqualDimension, Double> w = weights.get(r);
            double sum = w.values().stream().mapToDouble(Double::doubleValue).sum();
            if (sum > 0 && !answers.get(r).isEmpty()) {
                shares.add(100 * w.getOrDefault(d, 0.0) / sum);
            }
        }
        return Averages.mean(shares);
    }

    private static Double meanOf(List<Map<ServqualDimension, Double>> perRespondent, ServqualDimension d) {
        return Averages.mean(perRespondent.stream().filter(m -> m.containsKey(d)).map(m -> m.get(d)).toList());
    }

    private static Integer onScale(Integer value, ServqualSurvey survey) {
        return value != null && value >= survey.scaleMin() && value <= survey.scaleMax() ? value : null;
    }

    private static Double number(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}
