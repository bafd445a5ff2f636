package com.motstudio.report.map;

import com.motstudio.method.PeakEndResult;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A laid-out journey map in map units (1 unit = 1 pixel at zoom 1): where every stage, lane, chip,
 * curve point and callout goes. Immutable, so it may be painted on any thread; made by
 * {@link MapLayout} and drawn by {@link MapPainter}.
 */
public final class JourneyMap {
    final MapStyle style;
    final TextBlock heading;
    final List<StageColumn> stages;
    final double[] stageX;
    final LaneGrid lanes;
    final LaneTitles titles;
    final CurveScale scale;
    final List<EmotionCurve> curves;
    final Legend legend;
    final double legendY;
    private final double width;
    private final double height;
    private volatile Map<String, int[]> places;

    JourneyMap(MapStyle style, TextBlock heading, List<StageColumn> stages, double[] stageX, LaneGrid lanes,
               LaneTitles titles, CurveScale scale, List<EmotionCurve> curves, Legend legend, double legendY, double width,
               double height) {
        this.style = style;
        this.heading = heading;
        this.stages = stages;
        this.stageX = stageX;
        this.lanes = lanes;
        this.titles = titles;
        this.scale = scale;
        this.curves = curves;
        this.legend = legend;
        this.legendY = legendY;
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The zoom at which the whole map fits a view of the given size. */
    public double zoomToFit(double viewWidth, double viewHeight) {
        return Math.min(viewWidth / width, viewHeight / height);
    }

    /** The touchpoint whose chip is at a map point, for a click; empty between chips. */
    public Optional<String> touchpointAt(double x, double y) {
        if (y < chipTop() || y > lanes.bottom(Lane.TOUCHPOINTS)) {
            return Optional.empty();
        }
        int stage = stageAt(x);
        if (stage < 0) {
            return Optional.empty();
        }
        StageColumn column = stages.get(stage);
        int index = column.columnAt(x - stageX[stage], style);
        if (index < 0 || y > chipTop() + column.columns.get(index).chipHeight) {
            return Optional.empty();
        }
        return Optional.of(column.columns.get(index).touchpoint.id());
    }

    /** The bounds of a touchpoint's chip, to scroll to it or ring it; empty for an unknown id. */
    public Optional<Rectangle2D> chipBounds(String touchpointId) {
        int[] place = places().get(touchpointId);
        if (place == null) {
            return Optional.empty();
        }
        TouchpointColumn column = stages.get(place[0]).columns.get(place[1]);
        return Optional.of(new Rectangle2D.Double(stageX[place[0]] + style.columnX(place[1]), chipTop(),
                style.column, column.chipHeight));
    }

    /** The bounds of a lane across the whole map, its title included. */
    public Rectangle2D laneBounds(Lane lane) {
        return new Rectangle2D.Double(style.margin, lanes.top(lane), width - 2 * style.margin, lanes.height(lane));
    }

    /**
     * The same map with its legend wrapped to a narrower width, for a map printed in slices: the
     * legend then fits under the first slice. Only the legend and the map's height change.
     */
    public JourneyMap withLegendWidth(double legendWidth) {
        Legend narrow = new Legend(style, curves.stream().map(EmotionCurve::customerType).toList(), legendWidth);
        return new JourneyMap(style, heading, stages, stageX, lanes, titles, scale, curves, narrow, legendY, width,
                legendY + narrow.height + style.margin);
    }

    /** The white margin around the map's content. */
    public double margin() {
        return style.margin;
    }

    /** Where the legend starts, below the last lane. */
    public double legendTop() {
        return legendY;
    }

    /** How many stage columns the map has. */
    public int stageCount() {
        return stages.size();
    }

    /** The bounds of a stage's column, header to last lane. */
    public Rectangle2D stageBounds(int index) {
        return new Rectangle2D.Double(stageX[index], lanes.top(Lane.STAGES), stages.get(index).width,
                lanes.bottom() - lanes.top(Lane.STAGES));
    }

    /** The peak-end reading of a shown customer type; empty when it is not shown or has no scores. */
    public Optional<PeakEndResult> peakEnd(String customerTypeId) {
        return curves.stream().filter(c -> c.customerType().id().equals(customerTypeId)).findFirst()
                .flatMap(EmotionCurve::peakEnd);
    }

    /** Where a shown type's curve passes through a touchpoint; empty when that point has no score. */
    public Optional<Point2D> pointOf(String customerTypeId, String touchpointId) {
        for (EmotionCurve curve : curves) {
            int i = curve.customerType().id().equals(customerTypeId) ? curve.indexOf(touchpointId) : -1;
            if (i >= 0) {
                return Optional.of(new Point2D.Double(curve.xs()[i], curve.ys()[i]));
            }
        }
        return Optional.empty();
    }

    double chipTop() {
        return lanes.top(Lane.TOUCHPOINTS) + style.lanePad;
    }

    /** The stage whose column holds x, or -1. */
    int stageAt(double x) {
        int found = Arrays.binarySearch(stageX, x);
        int index = found >= 0 ? found : -found - 2;
        if (index < 0 || index >= stages.size() || x > stageX[index] + stages.get(index).width) {
            return -1;
        }
        return index;
    }

    /** The first stage whose right edge is at or right of x (for painting a clip). */
    int firstStageFrom(double x) {
        int found = Arrays.binarySearch(stageX, x);
        int index = Math.max(0, found >= 0 ? found : -found - 2);
        return index < stages.size() && stageX[index] + stages.get(index).width < x ? index + 1 : index;
    }

    private Map<String, int[]> places() {
        Map<String, int[]> found = places;
        if (found == null) {
            found = new HashMap<>();
            for (int s = 0; s < stages.size(); s++) {
                List<TouchpointColumn> columns = stages.get(s).columns;
                for (int c = 0; c < columns.size(); c++) {
                    found.putIfAbsent(columns.get(c).touchpoint.id(), new int[]{s, c});
                }
            }
            places = found;
        }
        return found;
    }
}
