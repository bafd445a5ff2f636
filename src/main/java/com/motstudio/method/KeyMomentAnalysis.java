package com.motstudio.method;

import com.motstudio.model.KeyMoments;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.Workshop;

import java.util.List;
import java.util.Map;

/**
 * Every figure step 2 computes for a workshop, computed once, for the key-moments page, the
 * reports and the command line.
 *
 * @param weights the trait weights the scores use (defaults filled in), in trait order
 */
public record KeyMomentAnalysis(
        Map<Trait, Double> weights,
        List<TouchpointScore> scores,
        List<EmotionCurve> curves,
        List<RoleSuggestion> roleSuggestions,
        DotVoteTally votes,
        ServqualResult servqual,
        List<KanoNeedResult> kano,
        IpaResult ipa,
        List<RatingResult> ratings,
        List<RankedTouchpoint> ranking) {

    public static KeyMomentAnalysis of(Workshop workshop, IpaCrossHairs crossHairs) {
        KeyMoments k = workshop.keyMoments();
        List<Touchpoint> touchpoints = workshop.journey().touchpoints();
        List<TouchpointScore> scores = TraitScores.of(touchpoints, k.ratings(), k.traitWeights());
        List<EmotionCurve> curves = EmotionCurve.of(workshop.journey(), workshop.customerTypes());
        List<RoleSuggestion> suggestions = RoleSuggestions.of(touchpoints, curves, scores);
        DotVoteTally votes = DotVotes.of(touchpoints, workshop.info().participants(), k);
        ServqualResult servqual = Servqual.of(k.servqual());
        List<KanoNeedResult> kano = Kano.of(k.kano());
        List<RatingResult> ratings = Ratings.of(k.ratingSurveys());
        List<RankedTouchpoint> ranking = Ranking.of(workshop, scores, curves, suggestions, votes, servqual, kano, ratings);
        return new KeyMomentAnalysis(TraitScores.weights(k.traitWeights()), scores, curves, suggestions, votes, servqual,
                kano, Ipa.of(k.ipa(), crossHairs), ratings, ranking);
    }
}
