package com.motstudio.method;

import java.util.List;
import java.util.Optional;

/**
 * Importance–performance analysis of the touchpoints.
 *
 * @param atDataMeans      whether the cross-hairs are the data means (else fixed values)
 * @param importanceLine   the importance at which the horizontal cross-hair is drawn; null when at
 *                         the data means and there are no points
 * @param performanceLine  the performance of the vertical cross-hair; null likewise
 * @param points           the placed touchpoints, in the order of their scores
 * @param skipped          touchpoints whose importance or performance is missing, not placed
 */
public record IpaResult(
        boolean atDataMeans,
        Double importanceLine,
        Double performanceLine,
        List<IpaPoint> points,
        List<String> skipped) {
    public IpaResult {
        points = List.copyOf(points);
        skipped = List.copyOf(skipped);
    }

    public Optional<IpaPoint> point(String touchpointId) {
        return points.stream().filter(p -> p.touchpointId().equals(touchpointId)).findFirst();
    }

    /**
     * One touchpoint on the grid.
     *
     * @param onCrossHair true when the point lies exactly on a cross-hair (see {@link Ipa} for its side)
     */
    public record IpaPoint(String touchpointId, double importance, double performance, IpaQuadrant quadrant,
                           boolean onCrossHair) {}
}
