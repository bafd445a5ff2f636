package com.motstudio.method;

import com.motstudio.method.PeakEndResult.CurvePoint;
import com.motstudio.model.Journey;
import com.motstudio.model.Touchpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The peak-end rule (Kahneman et al. 1993): remembered experience ≈ (e_peak + e_end) / 2, where the
 * peak is the most intense score and the end the last one. Ties go to the first point in journey
 * order, for the lowest, the highest and the overall peak alike.
 */
public final class PeakEnd {
    private PeakEnd() {}

    /** Reads the curve of one customer type over the whole journey; empty when nothing is scored. */
    public static Optional<PeakEndResult> of(Journey journey, String customerTypeId) {
        return of(journey.touchpoints(), customerTypeId);
    }

    /** Reads the curve of one customer type; touchpoints (in journey order) without its score are skipped. */
    public static Optional<PeakEndResult> of(List<Touchpoint> touchpoints, String customerTypeId) {
        return ofCurve(curve(touchpoints, customerTypeId));
    }

    /** The scored points of one customer type, in journey order. */
    public static List<CurvePoint> curve(List<Touchpoint> touchpoints, String customerTypeId) {
        List<CurvePoint> points = new ArrayList<>();
        for (Touchpoint touchpoint : touchpoints) {
            touchpoint.emotionOf(customerTypeId)
                    .ifPresent(score -> points.add(new CurvePoint(touchpoint.id(), score)));
        }
        return points;
    }

    /** Reads a curve given as scored points in journey order; empty when there are none. */
    public static Optional<PeakEndResult> ofCurve(List<CurvePoint> curve) {
        if (curve.isEmpty()) {
            return Optional.empty();
        }
        CurvePoint lowest = curve.getFirst();
        CurvePoint highest = lowest;
        CurvePoint peak = lowest;
        for (CurvePoint point : curve) {
            // strict comparisons keep the first of equal points
            if (point.score() < lowest.score()) {
                lowest = point;
            }
            if (point.score() > highest.score()) {
                highest = point;
            }
            if (Math.abs(point.score()) > Math.abs(peak.score())) {
                peak = point;
            }
        }
        CurvePoint end = curve.getLast();
        double remembered = (peak.score() + end.score()) / 2.0;
        return Optional.of(new PeakEndResult(lowest, highest, end, peak, remembered, curve.size()));
    }
}
