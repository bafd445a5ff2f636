package com.motstudio.method;

import com.motstudio.model.Trait;

import java.util.List;

/**
 * The moment-of-truth score of one touchpoint with everything behind it: one cell per trait, the
 * number of raters and where they disagree most.
 *
 * @param touchpointId  the touchpoint
 * @param cells         one cell per trait, in the order of {@link Trait}; the rated ones are the score's breakdown
 * @param raters        how many different raters rated at least one of its traits
 * @param score         100 × Σ wᵢ(rᵢ − 1) / (4 Σ wᵢ) over the rated traits (0–100); null when no trait
 *                      was rated or the rated traits all weigh 0
 * @param disputedTrait the trait with the largest spread among those rated at least twice (the first
 *                      in trait order on ties), null when no trait was rated twice
 * @param disagreement  that largest spread (population standard deviation), null likewise
 */
public record TouchpointScore(
        String touchpointId,
        List<TraitCell> cells,
        int raters,
        Double score,
        Trait disputedTrait,
        Double disagreement) {
    public TouchpointScore {
        cells = List.copyOf(cells);
    }

    public TraitCell cell(Trait trait) {
        return cells.get(trait.ordinal());
    }

    /** The traits nobody rated: the score leaves them out rather than counting them as zero. */
    public List<Trait> unrated() {
        return cells.stream().filter(c -> c.ratings() == 0).map(TraitCell::trait).toList();
    }
}
