package com.motstudio.method;

import com.motstudio.model.Trait;

/**
 * One cell of the trait-scoring grid: how the raters rated one trait of one touchpoint, and what
 * the trait adds to the touchpoint's score.
 *
 * @param trait     the trait
 * @param ratings   how many raters rated it (0 when nobody did)
 * @param mean      the mean rating rᵢ (1–5), null when nobody rated it
 * @param spread    the population standard deviation of the ratings (0 for one rating), null when none
 * @param min       the lowest rating given, null when none
 * @param max       the highest rating given, null when none (the range is max − min)
 * @param weight    the trait's weight wᵢ in the score
 * @param points    its contribution to the score, 100 × wᵢ(rᵢ − 1) / (4 Σ w), null when not rated
 *                  or when no rated trait has any weight
 * @param maxPoints the most it could contribute (all raters at 5), 100 × wᵢ / Σ w; null likewise
 */
public record TraitCell(
        Trait trait,
        int ratings,
        Double mean,
        Double spread,
        Integer min,
        Integer max,
        double weight,
        Double points,
        Double maxPoints) {

    /** True when raters disagree a lot: at least two ratings with a spread of {@value TraitScores#DISPUTED_SPREAD} or more. */
    public boolean disputed() {
        return ratings >= 2 && spread >= TraitScores.DISPUTED_SPREAD;
    }
}
