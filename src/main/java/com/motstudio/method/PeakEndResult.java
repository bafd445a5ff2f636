package com.motstudio.method;

/**
 * What the peak-end rule reads from one customer type's emotion curve: its lowest and highest
 * points, its end, the overall peak (most intense point) and the remembered-experience estimate.
 *
 * @param lowest     the most negative point (the minimum score; first one on ties)
 * @param highest    the most positive point (the maximum score; first one on ties)
 * @param end        the last scored touchpoint of the journey
 * @param peak       the most intense point, max |score| (first one on ties, so −4 before a later +4)
 * @param remembered (peak score + end score) / 2
 * @param scored     how many touchpoints had a score for the customer type
 */
public record PeakEndResult(
        CurvePoint lowest,
        CurvePoint highest,
        CurvePoint end,
        CurvePoint peak,
        double remembered,
        int scored) {

    /** One scored touchpoint on an emotion curve. */
    public record CurvePoint(String touchpointId, int score) {}
}
