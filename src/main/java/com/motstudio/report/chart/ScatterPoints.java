package com.motstudio.report.chart;

import com.motstudio.report.chart.ScatterSpec.Dot;
import com.motstudio.report.map.TextBlock;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The points of a scatter chart in chart units and their labels, placed by {@link LabelPlacer}:
 * each point's own label, or its number; points drawn on top of each other share one number label
 * ("3, 7").
 */
final class ScatterPoints {
    /** A point's marker. */
    record Marker(double x, double y, Color colour) {}

    /** A placed label and its leader line (null when the label sits next to its marker). */
    record Label(PlacedText text, Line2D leader) {}

    final List<Marker> markers = new ArrayList<>();
    final List<Label> labels = new ArrayList<>();
    private boolean allPlaced = true;

    ScatterPoints(ScatterSpec spec, ChartStyle s, ScatterLayout layout, boolean numbered) {
        List<Dot> dots = spec.dots();
        double[] xs = new double[dots.size()];
        double[] ys = new double[dots.size()];
        for (int i = 0; i < dots.size(); i++) {
            Dot dot = dots.get(i);
            xs[i] = layout.xScale.at(dot.x());
            ys[i] = layout.yScale.at(dot.y());
            markers.add(new Marker(xs[i], ys[i], dot.colour()));
        }
        int[] groupOf = numbered ? groups(xs, ys, s.marker * 1.5) : identity(dots.size());
        Rectangle2D area = layout.plot;
        List<Rectangle2D> obstacles = new ArrayList<>(layout.regions.stream().map(r -> r.name().box()).toList());
        Rectangle2D topRight = layout.regions.get(1).area(); // its corner is where the cross-hairs meet
        obstacles.add(new Rectangle2D.Double(topRight.getX() - 0.5, area.getY(), 1, area.getHeight()));
        obstacles.add(new Rectangle2D.Double(area.getX(), topRight.getMaxY() - 0.5, area.getWidth(), 1));
        LabelPlacer placer = new LabelPlacer(area, obstacles, xs, ys, s.marker, s.pad * 0.4, s.s * 1.1);
        double labelWidth = Math.min(10 * s.s, area.getWidth() * 0.42);
        for (int i : LabelPlacer.crowdedFirst(xs, ys, 6 * s.s)) {
            if (groupOf[i] != i) {
                continue;
            }
            TextBlock text = numbered ? s.line(numbers(groupOf, i), s.smallBold) : s.wrap(dots.get(i).label(), s.small,
                    labelWidth);
            LabelPlacer.Spot spot = placer.place(i, text.width(), text.height());
            if (spot == null) {
                allPlaced = false;
                continue;
            }
            Rectangle2D box = spot.box();
            Color colour = ChartColours.INK;
            PlacedText placed = switch (spot.side()) {
                case RIGHT -> PlacedText.left("point label", text, box.getX(), box.getY(), colour);
                case LEFT -> PlacedText.right("point label", text, box.getMaxX(), box.getY(), colour);
                case ABOVE, BELOW -> PlacedText.centred("point label", text, box.getCenterX(), box.getY(), colour);
            };
            labels.add(new Label(placed, spot.leader()));
        }
    }

    boolean allPlaced() {
        return allPlaced;
    }

    List<PlacedText> labels() {
        return labels.stream().map(Label::text).toList();
    }

    /** Each point's group: the first point within reach of it, so points on top of each other share a label. */
    private static int[] groups(double[] xs, double[] ys, double reach) {
        int[] group = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            group[i] = i;
            for (int j = 0; j < i; j++) {
                if (group[j] == j && Point2D.distance(xs[i], ys[i], xs[j], ys[j]) < reach) {
                    group[i] = j;
                    break;
                }
            }
        }
        return group;
    }

    private static int[] identity(int size) {
        int[] group = new int[size];
        for (int i = 0; i < size; i++) {
            group[i] = i;
        }
        return group;
    }

    /** The numbers (from 1) of the points in a group: "3" or "3, 7". */
    private static String numbers(int[] groupOf, int first) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < groupOf.length; i++) {
            if (groupOf[i] == first) {
                text.append(text.isEmpty() ? "" : ", ").append(i + 1);
            }
        }
        return text.toString();
    }
}
