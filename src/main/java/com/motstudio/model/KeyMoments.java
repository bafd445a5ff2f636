package com.motstudio.model;

import java.util.List;

/** Step 2 data: ratings, votes, survey evidence and the confirmed moments of truth. */
public record KeyMoments(
        List<TraitWeight> traitWeights,
        List<TraitRating> ratings,
        int votesPerParticipant,
        List<DotVote> votes,
        ServqualSurvey servqual,
        KanoSurvey kano,
        List<RatingSurvey> ratingSurveys,
        List<IpaScore> ipa,
        List<MomentOfTruth> moments) {
    public KeyMoments {
        traitWeights = Values.list(traitWeights);
        ratings = Values.list(ratings);
        votes = Values.list(votes);
        servqual = Values.or(servqual, ServqualSurvey.empty());
        kano = Values.or(kano, KanoSurvey.empty());
        ratingSurveys = Values.list(ratingSurveys);
        ipa = Values.list(ipa);
        moments = Values.list(moments);
    }

    public static KeyMoments empty() {
        return new KeyMoments(List.of(), List.of(), 3, List.of(), null, null, List.of(), List.of(), List.of());
    }

    public KeyMoments withMoments(List<MomentOfTruth> value) {
        return new KeyMoments(traitWeights, ratings, votesPerParticipant, votes, servqual, kano, ratingSurveys, ipa, value);
    }
}
