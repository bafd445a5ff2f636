package com.motstudio.method;

import com.motstudio.model.Journey;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import com.motstudio.model.TraitWeight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trait-scoring grid of step 2: for each touchpoint and trait the mean and spread of the 1–5
 * ratings, and the score 100 × Σ wᵢ(rᵢ − 1) / (4 Σ wᵢ) with each trait's contribution in points.
 * A trait nobody rated is left out of both sums, never counted as zero; when one rater rated the
 * same cell twice the later rating counts; ratings outside 1–5 are ignored.
 */
public final class TraitScores {
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    /** The weight of a trait the workshop gives no (valid) weight. */
    public static final double DEFAULT_WEIGHT = 1;
    /** A spread (population SD) from which a cell counts as disputed: e.g. ratings 2 and 4. */
    public static final double DISPUTED_SPREAD = 1.0;

    private TraitScores() {}

    /** The scores of every touchpoint of the journey, in journey order. */
    public static List<TouchpointScore> of(Journey journey, KeyMoments keyMoments) {
        return of(journey.touchpoints(), keyMoments.ratings(), keyMoments.traitWeights());
    }

    /** The scores of the given touchpoints, in their order; ratings of other touchpoints are ignored. */
    public static List<TouchpointScore> of(List<Touchpoint> touchpoints, List<TraitRating> ratings, List<TraitWeight> weights) {
        Map<Trait, Double> w = weights(weights);
        // touchpoint → (rater, trait) → rating; the later of a rater's ratings of a cell wins
        Map<String, Map<RaterTrait, Integer>> byTouchpoint = new HashMap<>();
        for (TraitRating r : ratings) {
            if (r.trait() != null && r.value() >= MIN_RATING && r.value() <= MAX_RATING) {
                byTouchpoint.computeIfAbsent(r.touchpointId(), k -> new LinkedHashMap<>())
                        .put(new RaterTrait(r.raterId(), r.trait()), r.value());
            }
        }
        List<TouchpointScore> scores = new ArrayList<>();
        for (Touchpoint t : touchpoints) {
            scores.add(score(t.id(), byTouchpoint.getOrDefault(t.id(), Map.of()), w));
        }
        return scores;
    }

    /**
     * The weight of every trait, in trait order: the workshop's weight where it gives a finite one
     * that is 0 or more (the last one when a trait is listed twice), otherwise {@value #DEFAULT_WEIGHT}.
     */
    public static Map<Trait, Double> weights(List<TraitWeight> weights) {
        Map<Trait, Double> result = new EnumMap<>(Trait.class);
        for (Trait trait : Trait.values()) {
            result.put(trait, DEFAULT_WEIGHT);
        }
        for (TraitWeight weight : weights) {
            if (weight.trait() != null && Double.isFinite(weight.weight()) && weight.weight() >= 0) {
                result.put(weight.trait(), weight.weight());
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /** Every cell rated at least twice, the most disputed first (ties in journey order, then trait order). */
    public static List<DisputedCell> byDisagreement(List<TouchpointScore> scores) {
        List<DisputedCell> cells = new ArrayList<>();
        for (TouchpointScore score : scores) {
            score.cells().stream().filter(c -> c.ratings() >= 2)
                    .forEach(c -> cells.add(new DisputedCell(score.touchpointId(), c)));
        }
        // a stable sort keeps journey and trait order among equal spreads
        cells.sort(Comparator.comparingDouble((DisputedCell c) -> c.cell().spread()).reversed());
        return cells;
    }

    /** One grid cell with the touchpoint it belongs to, for a list of where raters disagree most. */
    public record DisputedCell(String touchpointId, TraitCell cell) {}

    private record RaterTrait(String raterId, Trait trait) {}

    private static TouchpointScore score(String touchpointId, Map<RaterTrait, Integer> ratings, Map<Trait, Double> weights) {
        Map<Trait, List<Integer>> values = new EnumMap<>(Trait.class);
        Set<String> raters = new HashSet<>();
        ratings.forEach((key, value) -> {
            raters.add(key.raterId());
            values.computeIfAbsent(key.trait(), k -> new ArrayList<>()).add(value);
        });
        double weightSum = 0;
        double weighted = 0;
        for (Trait trait : values.keySet()) {
            weightSum += weights.get(trait);
            weighted += weights.get(trait) * (Averages.mean(values.get(trait)) - 1);
        }
        boolean defined = weightSum > 0;
        Double score = defined ? Averages.unsigned(100 * weighted / (4 * weightSum)) : null;
        List<TraitCell> cells = new ArrayList<>();
        Trait disputed = null;
        Double disagreement = null;
        for (Trait trait : Trait.values()) {
            List<Integer> given = values.getOrDefault(trait, List.of());
            double w = weights.get(trait);
            if (given.isEmpty()) {
                cells.add(new TraitCell(trait, 0, null, null, null, null, w, null, null));
                continue;
            }
            double mean = Averages.mean(given);
            double spread = Averages.populationSd(given);
            Double points = defined ? Averages.unsigned(100 * w * (mean - 1) / (4 * weightSum)) : null;
            Double maxPoints = defined ? 100 * w / weightSum : null;
            cells.add(new TraitCell(trait, given.size(), mean, spread, given.stream().min(Integer::compare).orElseThrow(),
                    given.stream().max(Integer::compare).orElseThrow(), w, points, maxPoints));
            if (given.size() >= 2 && (disagreement == null || spread > disagreement)) {
                disputed = trait;
                disagreement = spread;
            }
        }
        return new TouchpointScore(touchpointId, cells, raters.size(), score, disputed, disagreement);
    }
}
