package com.motstudio.method;

/**
 * One row of the ranking.
 *
 * @param rank  1 for the highest score; null for a touchpoint without a score (listed last)
 * @param score the score and its breakdown
 */
public record RankedTouchpoint(
        Integer rank,
        TouchpointScore score,
        Evidence evidence) {

    public String touchpointId() {
        return score.touchpointId();
    }
}
