package com.motstudio.model;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How much of the later steps' data refers to some touchpoints: ratings, votes, survey links,
 * moments of truth, feedback and review-round scores. A touchpoint that is referred to cannot be
 * deleted without leaving those references dangling, so the journey editor asks this first.
 */
public final class TouchpointUses {
    private TouchpointUses() {}

    /** The number of records that refer to any of {@code ids}. */
    public static long count(Workshop w, Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        KeyMoments k = w.keyMoments();
        return Stream.of(
                k.ratings().stream().map(TraitRating::touchpointId),
                k.votes().stream().map(DotVote::touchpointId),
                k.servqual().items().stream().flatMap(i -> i.touchpointIds().stream()),
                k.kano().needs().stream().flatMap(n -> n.touchpointIds().stream()),
                k.ratingSurveys().stream().map(RatingSurvey::touchpointId),
                k.ipa().stream().map(IpaScore::touchpointId),
                k.moments().stream().map(MomentOfTruth::touchpointId),
                w.monitoring().feedback().stream().map(Feedback::touchpointId),
                w.monitoring().rounds().stream().flatMap(r -> r.scores().stream()).map(ScoreSnapshot::touchpointId))
                .flatMap(s -> s)
                .filter(wanted::contains)
                .count();
    }
}
