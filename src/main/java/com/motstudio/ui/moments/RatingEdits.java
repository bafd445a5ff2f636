package com.motstudio.ui.moments;

import com.motstudio.model.DotVote;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import com.motstudio.model.TraitWeight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The changes the scoring tab makes to step 2's ratings, weights and votes, as new values. */
final class RatingEdits {
    private RatingEdits() {}

    static Optional<Integer> rating(KeyMoments k, String raterId, String touchpointId, Trait trait) {
        return k.ratings().stream()
                .filter(r -> r.raterId().equals(raterId) && r.touchpointId().equals(touchpointId) && r.trait() == trait)
                .map(TraitRating::value).findFirst();
    }

    /** One rater's rating set (1–5, clamped) or removed (null); other ratings keep their order. */
    static KeyMoments withRating(KeyMoments k, String raterId, String touchpointId, Trait trait, Integer value) {
        List<TraitRating> next = new ArrayList<>();
        boolean placed = false;
        for (TraitRating r : k.ratings()) {
            boolean same = r.raterId().equals(raterId) && r.touchpointId().equals(touchpointId) && r.trait() == trait;
            if (!same) {
                next.add(r);
            } else if (value != null && !placed) {
                next.add(new TraitRating(raterId, touchpointId, trait, Math.clamp(value, 1, 5)));
                placed = true;
            }
        }
        if (value != null && !placed) {
            next.add(new TraitRating(raterId, touchpointId, trait, Math.clamp(value, 1, 5)));
        }
        return k.withRatings(next);
    }

    /** A trait's weight; a trait without one weighs 1. */
    static double weight(KeyMoments k, Trait trait) {
        return k.traitWeights().stream().filter(w -> w.trait() == trait).mapToDouble(TraitWeight::weight).findFirst().orElse(1.0);
    }

    /** Every trait's weight, in trait order, with one changed (never negative). */
    static KeyMoments withWeight(KeyMoments k, Trait trait, double weight) {
        List<TraitWeight> next = new ArrayList<>();
        for (Trait t : Trait.values()) {
            next.add(new TraitWeight(t, t == trait ? Math.max(0, weight) : weight(k, t)));
        }
        return k.withTraitWeights(next);
    }

    static int votes(KeyMoments k, String participantId, String touchpointId) {
        return k.votes().stream().filter(v -> v.participantId().equals(participantId) && v.touchpointId().equals(touchpointId))
                .mapToInt(DotVote::count).sum();
    }

    static int votesUsed(KeyMoments k, String participantId) {
        return k.votes().stream().filter(v -> v.participantId().equals(participantId)).mapToInt(DotVote::count).sum();
    }

    /** A participant's dots on a touchpoint set to {@code count}, within the dots the participant has left. */
    static KeyMoments withVotes(KeyMoments k, String participantId, String touchpointId, int count) {
        int others = votesUsed(k, participantId) - votes(k, participantId, touchpointId);
        int allowed = Math.clamp(count, 0, Math.max(0, k.votesPerParticipant() - others));
        List<DotVote> next = new ArrayList<>(k.votes().stream()
                .filter(v -> !(v.participantId().equals(participantId) && v.touchpointId().equals(touchpointId))).toList());
        if (allowed > 0) {
            next.add(new DotVote(participantId, touchpointId, allowed));
        }
        return k.withVotes(k.votesPerParticipant(), next);
    }
}
