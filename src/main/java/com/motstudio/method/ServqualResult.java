package com.motstudio.method;

import com.motstudio.model.ServqualDimension;

import java.util.List;
import java.util.Optional;

/**
 * SERVQUAL figures of a survey: item, dimension and overall gaps (perception − expectation, negative
 * = below expectation), unweighted and weighted, and the SERVPERF (perception only) scores.
 *
 * @param respondents responses with at least one answer on the scale
 * @param items       every item of the survey, in its order
 * @param dimensions  the five dimensions in their order, including those the survey does not ask about
 * @param gap         the SERVQUAL score from the gaps
 * @param servperf    the SERVPERF score from the perceptions alone: {@code unweighted} is the mean over
 *                    respondents of each one's mean over all the items they gave a perception for
 *                    (Cronin &amp; Taylor's one scale), not a mean of dimension means; {@code dimensions}
 *                    and {@code weighted} are as for the gap, computed on perceptions
 */
public record ServqualResult(
        int scaleMin,
        int scaleMax,
        int respondents,
        List<ItemResult> items,
        List<DimensionResult> dimensions,
        Overall gap,
        Overall servperf) {
    public ServqualResult {
        items = List.copyOf(items);
        dimensions = List.copyOf(dimensions);
    }

    public Optional<ItemResult> item(String itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst();
    }

    public DimensionResult dimension(ServqualDimension dimension) {
        return dimensions.get(dimension.ordinal());
    }

    /**
     * One item's means over the answers given.
     *
     * @param expectations answers with an expectation on the scale; {@code expectation} is their mean
     * @param perceptions  answers with a perception on the scale; {@code perception} is their mean
     * @param pairs        answers with both; {@code gap} is the mean of their P − E, so it can differ
     *                     from perception − expectation when some answers give only one of them
     */
    public record ItemResult(String itemId, ServqualDimension dimension, int expectations, int perceptions, int pairs,
                             Double expectation, Double perception, Double gap) {}

    /**
     * One dimension: each respondent's mean over the dimension's items they answered, then the
     * mean of those over the respondents; null when nobody answered any of its items.
     *
     * @param items       how many of the survey's items belong to it
     * @param respondents respondents with at least one gap in it
     * @param weight      the mean points (of 100) respondents gave it, each respondent's points
     *                    scaled to add up to 100; over respondents with an answer and points; null
     *                    when there are none
     */
    public record DimensionResult(ServqualDimension dimension, int items, int respondents, Double expectation,
                                  Double perception, Double gap, Double weight) {}

    /**
     * An overall score.
     *
     * @param unweighted          the mean of the dimension scores that exist (null when none)
     * @param dimensions          how many dimension scores that mean is over (5 for a complete survey)
     * @param weighted            the mean over respondents of Σ (w_d / Σ w) × score_d, each with their own
     *                            weights and dimension scores (null when no respondent has usable weights)
     * @param weightedRespondents how many respondents the weighted score is over
     */
    public record Overall(Double unweighted, int dimensions, Double weighted, int weightedRespondents) {}
}
