package com.motstudio.report.map;

import com.motstudio.method.PeakEndResult;
import com.motstudio.model.CustomerType;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One customer type's emotion curve as placed on the map: a point per scored touchpoint (in
 * journey order, so x increases), its peak-end reading and the callouts that mark the lowest,
 * highest and end points.
 */
record EmotionCurve(
        CustomerType customerType,
        int index,
        Color colour,
        double[] xs,
        double[] ys,
        int[] scores,
        String[] touchpointIds,
        Optional<PeakEndResult> peakEnd,
        List<Callout> callouts) {

    /** A label beside a marked point: "Lowest −4", "End +1 / Remembered ≈ −1.5". */
    record Callout(String touchpointId, TextBlock text, Rectangle2D box, double pointX, double pointY) {}

    /** The number of points. */
    int size() {
        return xs.length;
    }

    /** The index of the point of a touchpoint, or -1 when it has no score for this customer type. */
    int indexOf(String touchpointId) {
        for (int i = 0; i < touchpointIds.length; i++) {
            if (touchpointIds[i].equals(touchpointId)) {
                return i;
            }
        }
        return -1;
    }

    /** The first point at or right of x (binary search), for painting only what a clip shows. */
    int firstAtOrAfter(double x) {
        int found = Arrays.binarySearch(xs, x);
        return found >= 0 ? found : -found - 1;
    }

    /** A score with its sign: "+3", "−2" (true minus), "0". */
    static String signed(int score) {
        return score > 0 ? "+" + score : score < 0 ? "\u2212" + -score : "0";
    }

    /** A remembered estimate with one decimal and its sign: "+3.5", "−0.5", "0.0". */
    static String signed(double value) {
        String digits = String.format(java.util.Locale.ROOT, "%.1f", Math.abs(value));
        return value > 0 ? "+" + digits : value < 0 ? "\u2212" + digits : digits;
    }
}
