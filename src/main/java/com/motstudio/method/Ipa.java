package com.motstudio.method;

import com.motstudio.model.IpaScore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Importance–performance analysis: each touchpoint's importance against its performance, split into
 * four quadrants by the cross-hairs. A point exactly on a cross-hair goes to the side that asks for
 * attention: importance equal to the line counts as high, performance equal to the line counts as
 * low (so a point on both lines is "concentrate here"); "exactly" allows for rounding, within
 * {@value #ON_LINE} of the line, so a point equal to a mean computed in floating point still counts. A score with a missing (non-finite)
 * importance or performance is skipped and not part of the means; when a touchpoint has several
 * scores, the last one counts.
 */
public final class Ipa {
    /** How close to a cross-hair a value counts as on it. */
    public static final double ON_LINE = 1e-9;

    private Ipa() {}

    public static IpaResult of(List<IpaScore> scores, IpaCrossHairs crossHairs) {
        Map<String, IpaScore> latest = new LinkedHashMap<>();
        for (IpaScore score : scores) {
            latest.put(score.touchpointId(), score);
        }
        List<IpaScore> placed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (IpaScore score : latest.values()) {
            if (Double.isFinite(score.importance()) && Double.isFinite(score.performance())) {
                placed.add(score);
            } else {
                skipped.add(score.touchpointId());
            }
        }
        Double importanceLine = crossHairs.atDataMeans()
                ? Averages.mean(placed.stream().map(IpaScore::importance).toList()) : Double.valueOf(crossHairs.importance());
        Double performanceLine = crossHairs.atDataMeans()
                ? Averages.mean(placed.stream().map(IpaScore::performance).toList()) : Double.valueOf(crossHairs.performance());
        List<IpaResult.IpaPoint> points = new ArrayList<>();
        for (IpaScore score : placed) {
            points.add(new IpaResult.IpaPoint(score.touchpointId(), score.importance(), score.performance(),
                    quadrant(score.importance(), score.performance(), importanceLine, performanceLine),
                    onLine(score.importance(), importanceLine) || onLine(score.performance(), performanceLine)));
        }
        return new IpaResult(crossHairs.atDataMeans(), importanceLine, performanceLine, points, skipped);
    }

    /** The quadrant of a point, with ties on a cross-hair leaning to high importance and low performance. */
    public static IpaQuadrant quadrant(double importance, double performance, double importanceLine, double performanceLine) {
        boolean important = importance > importanceLine || onLine(importance, importanceLine);
        boolean performing = performance > performanceLine && !onLine(performance, performanceLine);
        if (important) {
            return performing ? IpaQuadrant.KEEP_UP_THE_GOOD_WORK : IpaQuadrant.CONCENTRATE_HERE;
        }
        return performing ? IpaQuadrant.POSSIBLE_OVERKILL : IpaQuadrant.LOW_PRIORITY;
    }

    private static boolean onLine(double value, double line) {
        return Math.abs(value - line) <= ON_LINE;
    }
}
