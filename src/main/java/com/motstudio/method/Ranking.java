package com.motstudio.method;

import com.motstudio.model.KanoNeed;
import com.motstudio.model.RatingKind;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.TouchpointRole;
import com.motstudio.model.Workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Touchpoints ordered by their moment-of-truth score, highest first, each with its evidence.
 * Scores equal to 9 decimals are a tie, broken by journey order; touchpoints without a score
 * follow in journey order, unranked.
 */
public final class Ranking {
    private Ranking() {}

    /** The ranking of a workshop, computing everything it needs (cross-hairs play no part in it). */
    public static List<RankedTouchpoint> of(Workshop workshop) {
        return KeyMomentAnalysis.of(workshop, IpaCrossHairs.dataMeans()).ranking();
    }

    /** The ranking from figures already computed for {@code workshop}. */
    public static List<RankedTouchpoint> of(Workshop workshop, List<TouchpointScore> scores, List<EmotionCurve> curves,
                                            List<RoleSuggestion> suggestions, DotVoteTally votes, ServqualResult servqual,
                                            List<KanoNeedResult> kano, List<RatingResult> ratings) {
        Map<String, Touchpoint> touchpoints = new HashMap<>();
        workshop.journey().touchpoints().forEach(t -> touchpoints.put(t.id(), t));
        List<TouchpointScore> ordered = new ArrayList<>(scores.stream().filter(s -> touchpoints.containsKey(s.touchpointId())).toList());
        // stable: equal scores keep journey order; unscored ones sink, still in journey order
        ordered.sort(Comparator.comparing((TouchpointScore s) -> s.score() == null)
                .thenComparing(s -> s.score() == null ? 0L : -Math.round(s.score() * 1e9)));
        Map<String, Integer> dots = new HashMap<>();
        votes.touchpoints().forEach(t -> dots.put(t.touchpointId(), t.dots()));
        Map<String, int[]> reviews = new HashMap<>(); // touchpoint → {answers, bad reviews} of its 好差评 surveys
        for (RatingResult rating : ratings) {
            if (rating.kind() == RatingKind.GOOD_BAD_REVIEW) {
                int[] sums = reviews.computeIfAbsent(rating.touchpointId(), k -> new int[2]);
                sums[0] += rating.answers();
                sums[1] += rating.low();
            }
        }
        Map<String, Set<TouchpointRole>> suggested = new HashMap<>();
        suggestions.forEach(s -> suggested.computeIfAbsent(s.touchpointId(), k -> EnumSet.noneOf(TouchpointRole.class)).add(s.role()));
        List<RankedTouchpoint> ranking = new ArrayList<>();
        int rank = 0;
        for (TouchpointScore score : ordered) {
            Touchpoint touchpoint = touchpoints.get(score.touchpointId());
            Evidence evidence = evidence(workshop, touchpoint, curves, suggested.getOrDefault(touchpoint.id(), Set.of()),
                    dots.getOrDefault(touchpoint.id(), 0), servqual, kano, reviews.getOrDefault(touchpoint.id(), new int[2]));
            ranking.add(new RankedTouchpoint(score.score() == null ? null : ++rank, score, evidence));
        }
        return ranking;
    }

    private static Evidence evidence(Workshop workshop, Touchpoint touchpoint, List<EmotionCurve> curves,
                                     Set<TouchpointRole> suggested, int dots, ServqualResult servqual,
                                     List<KanoNeedResult> kano, int[] reviews) {
        String id = touchpoint.id();
        List<Evidence.CurveMark> marks = new ArrayList<>();
        for (EmotionCurve curve : curves) {
            PeakEndResult r = curve.peakEnd();
            touchpoint.emotionOf(curve.customerTypeId()).ifPresent(score -> marks.add(new Evidence.CurveMark(
                    curve.customerTypeId(), score, r.lowest().touchpointId().equals(id), r.highest().touchpointId().equals(id),
                    r.peak().touchpointId().equals(id), r.end().touchpointId().equals(id))));
        }

        List<String> itemIds = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        for (ServqualItem item : workshop.keyMoments().servqual().items()) {
            if (item.touchpointIds().contains(id) && !itemIds.contains(item.id())) {
                itemIds.add(item.id());
                servqual.item(item.id()).map(ServqualResult.ItemResult::gap).ifPresent(gaps::add);
            }
        }
        List<Evidence.NeedCategory> needs = new ArrayList<>();
        for (KanoNeed need : workshop.keyMoments().kano().needs()) {
            if (need.touchpointIds().contains(id)) {
                KanoCategory category = kano.stream().filter(k -> k.needId().equals(need.id())).findFirst()
                        .map(KanoNeedResult::category).orElse(null);
                needs.add(new Evidence.NeedCategory(need.id(), category));
            }
        }
        return new Evidence(marks, touchpoint.roles(), suggested, itemIds, Averages.mean(gaps), needs,
                dots, reviews[0], reviews[1]);
    }
}
