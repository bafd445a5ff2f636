package com.motstudio.report.chart;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a place for each point's label: beside, above or below its marker, or further out with a
 * leader line, never over another label, another marker, an obstacle or outside the area.
 * Greedy, most crowded points first; a label that finds no place is reported, not forced.
 */
final class LabelPlacer {
    /** A label's box and, when it sits away from its marker, the leader line to it. */
    record Spot(Rectangle2D box, Line2D leader, Side side) {}

    /** Where the label sits relative to its marker, which sets how its lines align. */
    enum Side { RIGHT, LEFT, ABOVE, BELOW }

    private static final int RINGS = 4;
    private static final double[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {0.7, -0.7}, {0.7, 0.7},
            {-0.7, -0.7}, {-0.7, 0.7}};

    private final Rectangle2D area;
    private final double[] xs;
    private final double[] ys;
    private final double radius;
    private final double gap;
    private final double ringStep;
    private final List<Rectangle2D> taken;

    LabelPlacer(Rectangle2D area, List<Rectangle2D> obstacles, double[] xs, double[] ys, double radius, double gap,
                double ringStep) {
        this.area = area;
        this.xs = xs;
        this.ys = ys;
        this.radius = radius;
        this.gap = gap;
        this.ringStep = ringStep;
        this.taken = new ArrayList<>(obstacles);
    }

    /** Places the label of point i, w × h; null when no place is free. */
    Spot place(int i, double w, double h) {
        double x = xs[i];
        double y = ys[i];
        for (int ring = 0; ring < RINGS; ring++) {
            double d = radius + gap + ring * ringStep;
            for (double[] dir : DIRECTIONS) {
                double left = dir[0] > 0 ? x + d * dir[0] : dir[0] < 0 ? x + d * dir[0] - w : x - w / 2;
                double top = dir[1] > 0 ? y + d * dir[1] : dir[1] < 0 ? y + d * dir[1] - h : y - h / 2;
                Rectangle2D box = new Rectangle2D.Double(left, top, w, h);
                Line2D leader = ring == 0 ? null : leader(x, y, box);
                if (free(box) && (leader == null || taken.stream().noneMatch(r -> r.intersectsLine(leader)))) {
                    taken.add(box);
                    Side side = dir[1] == 0 ? (dir[0] > 0 ? Side.RIGHT : Side.LEFT) : dir[1] < 0 ? Side.ABOVE : Side.BELOW;
                    return new Spot(box, leader, side);
                }
            }
        }
        return null;
    }

    /** The order to place labels in: points with the most neighbours within reach first. */
    static List<Integer> crowdedFirst(double[] xs, double[] ys, double reach) {
        List<Integer> order = new ArrayList<>();
        int[] neighbours = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            order.add(i);
            for (int j = 0; j < xs.length; j++) {
                if (i != j && Point2D.distance(xs[i], ys[i], xs[j], ys[j]) < reach) {
                    neighbours[i]++;
                }
            }
        }
        order.sort((a, b) -> neighbours[a] != neighbours[b] ? neighbours[b] - neighbours[a] : a - b);
        return order;
    }

    private boolean free(Rectangle2D box) {
        if (!area.contains(box)) {
            return false;
        }
        Rectangle2D grown = new Rectangle2D.Double(box.getX() - gap / 2, box.getY() - gap / 2, box.getWidth() + gap,
                box.getHeight() + gap);
        for (Rectangle2D other : taken) {
            if (grown.intersects(other)) {
                return false;
            }
        }
        for (int j = 0; j < xs.length; j++) {
            if (distance(box, xs[j], ys[j]) < radius + gap / 2) {
                return false;
            }
        }
        return true;
    }

    /** From the marker's edge to the nearest point of the label's box. */
    private Line2D leader(double x, double y, Rectangle2D box) {
        double px = Math.max(box.getMinX(), Math.min(x, box.getMaxX()));
        double py = Math.max(box.getMinY(), Math.min(y, box.getMaxY()));
        double length = Point2D.distance(x, y, px, py);
        double sx = x + (px - x) / length * radius;
        double sy = y + (py - y) / length * radius;
        return new Line2D.Double(sx, sy, px, py);
    }

    private static double distance(Rectangle2D box, double x, double y) {
        double dx = Math.max(Math.max(box.getMinX() - x, 0), x - box.getMaxX());
        double dy = Math.max(Math.max(box.getMinY() - y, 0), y - box.getMaxY());
        return Math.hypot(dx, dy);
    }
}
