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
        List<MomentOfTruth> moments,
        List<CandidateRejection> rejections) {
    public KeyMoments {
        traitWeights = Values.list(traitWeights);
        ratings = Values.list(ratings);
        votes = Values.list(votes);
        servqual = Values.or(servqual, ServqualSurvey.empty());
        kano = Values.or(kano, KanoSurvey.empty());
        ratingSurveys = Values.list(ratingSurveys);
        ipa = Values.list(ipa);
        moments = Values.list(moments);
        rejections = Values.list(rejections);
    }

    /** Step 2 data with no candidates set aside. */
    public KeyMoments(List<TraitWeight> traitWeights, List<TraitRating> ratings, int votesPerParticipant, List<DotVote> votes,
                      ServqualSurvey servqual, KanoSurvey kano, List<RatingSurvey> ratingSurveys, List<IpaScore> ipa,
                      List<MomentOfTruth> moments) {
        this(traitWeights, ratings, votesPerParticipant, votes, servqual, kano, ratingSurveys, ipa, moments, List.of());
    }

    public static KeyMoments empty() {
        return new KeyMoments(List.of(), List.of(), 3, List.of(), null, null, List.of(), List.of(), List.of());
    }

    public KeyMoments withTraitWeights(List<TraitWeight> value) {
        return new KeyMoments(value, ratings, votesPerParticipant, votes, servqual, kano, ratingSurveys, ipa, moments, rejections);
    }

    public KeyMoments withRatings(List<TraitRating> value) {
        return new KeyMoments(traitWeights, value, votesPerParticipant, votes, servqual, kano, ratingSurveys, ipa, moments, rejections);
    }

    public KeyMoments withVotes(int perParticipant, List<DotVote> value) {
        return new KeyMoments(traitWeights, ratings, perParticipant, value, servqual, kano, ratingSurveys, ipa, moments, rejections);
    }

    public KeyMoments withServqual(ServqualSurvey value) {
        return new KeyMoments(traitWeights, ratings, votesPerParticipant, votes, value, kano, ratingSurveys, ipa, moments, rejections);
    }

    public KeyMoments withKano(KanoSurvey value) {
        return new KeyMoments(traitWeights, ratings, votesPerParticipant, votes, servqual, value, ratingSurveys, ipa, moments, rejections);
    }

    public KeyMoments withRatingSurveys(List<RatingSurvey> value) {
        return new KeyMoments(traitWeights, ratings, votesPerParticipant, votes, servqual, kano, value, ipa, moments, rejections);
    }

    public KeyMoments withIpa(List<IpaScore> value) {
        return new KeyMoments(traitWeights, ratings, votesPerParticipant, votes, servqual, kano, ratingSurveys, value, moments, rejections);
    }

    public KeyMoments withMoments(List<MomentOfTruth> value) {
        return new KeyMoments(traitWeights, ratings, votesPerParticipant, votes, servqual, kano, ratingSurveys, ipa, value, rejections);
    }

    public KeyMoments withRejections(List<CandidateRejection> value) {
        return new KeyMoments(traitWeights, ratings, votesPerParticipant, votes, servqual, kano, ratingSurveys, ipa, moments, value);
    }
}
