package com.motstudio.report.chart;

import com.motstudio.report.chart.ScatterLayout.Region;
import com.motstudio.report.chart.ScatterSpec.Quadrant;
import com.motstudio.report.map.TextBlock;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a scatter plot into its four quadrants at the cross-hairs and names each: in its outer
 * corner when no point sits there, else at the place nearest that corner that is free of points.
 */
final class QuadrantNames {
    /** Places tried across and down a quadrant. */
    private static final int STEPS = 8;

    private QuadrantNames() {}

    static List<Region> place(ScatterSpec spec, ChartStyle s, Rectangle2D plot, double crossX, double crossY,
                              double[] xs, double[] ys) {
        double[] lefts = {plot.getX(), crossX, plot.getX(), crossX};
        double[] rights = {crossX, plot.getMaxX(), crossX, plot.getMaxX()};
        double[] tops = {plot.getY(), plot.getY(), crossY, crossY};
        double[] bottoms = {crossY, crossY, plot.getMaxY(), plot.getMaxY()};
        double least = Math.min(8 * s.s, plot.getWidth() / 2 - 2 * s.pad);
        List<Region> regions = new ArrayList<>();
        List<Rectangle2D> taken = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            Quadrant quadrant = spec.quadrants().get(q);
            Rectangle2D area = new Rectangle2D.Double(lefts[q], tops[q], rights[q] - lefts[q], bottoms[q] - tops[q]);
            TextBlock name = s.wrap(quadrant.name(), s.smallBold, Math.max(area.getWidth() - 2 * s.pad, least));
            PlacedText placed = null;
            for (PlacedText candidate : candidates(name, q, area, s, quadrant)) {
                if (clear(candidate.box(), taken, xs, ys, s)) {
                    placed = candidate;
                    break;
                }
            }
            if (placed == null) { // crowded everywhere: the outer corner of the whole plot
                placed = at(name, q, plot, s, quadrant);
            }
            taken.add(placed.box());
            regions.add(new Region(area, quadrant, placed));
        }
        return regions;
    }

    /** Whether no two names overlap. */
    static boolean apart(List<Region> regions) {
        for (int a = 0; a < regions.size(); a++) {
            for (int b = a + 1; b < regions.size(); b++) {
                if (regions.get(a).name().box().intersects(regions.get(b).name().box())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static PlacedText at(TextBlock name, int corner, Rectangle2D area, ChartStyle s, Quadrant quadrant) {
        double y = corner < 2 ? area.getY() + s.pad : area.getMaxY() - s.pad - name.height();
        return corner % 2 == 0 ? PlacedText.left("quadrant", name, area.getX() + s.pad, y, quadrant.ink())
                : PlacedText.right("quadrant", name, area.getMaxX() - s.pad, y, quadrant.ink());
    }

    /** Places for a name inside its quadrant, nearest the quadrant's outer corner first. */
    private static List<PlacedText> candidates(TextBlock name, int q, Rectangle2D area, ChartStyle s, Quadrant quadrant) {
        double spareX = area.getWidth() - 2 * s.pad - name.width();
        double spareY = area.getHeight() - 2 * s.pad - name.height();
        List<PlacedText> found = new ArrayList<>();
        if (spareX < 0 || spareY < 0) {
            return found;
        }
        boolean left = q % 2 == 0;
        boolean top = q < 2;
        List<double[]> offsets = new ArrayList<>(); // distance from the outer corner across and down
        for (int i = 0; i <= STEPS; i++) {
            for (int j = 0; j <= STEPS; j++) {
                offsets.add(new double[]{spareX * i / STEPS, spareY * j / STEPS});
            }
        }
        offsets.sort((a, b) -> Double.compare(Math.hypot(a[0], a[1]), Math.hypot(b[0], b[1])));
        for (double[] o : offsets) {
            double y = top ? area.getY() + s.pad + o[1] : area.getMaxY() - s.pad - name.height() - o[1];
            found.add(left ? PlacedText.left("quadrant", name, area.getX() + s.pad + o[0], y, quadrant.ink())
                    : PlacedText.right("quadrant", name, area.getMaxX() - s.pad - o[0], y, quadrant.ink()));
        }
        return found;
    }

    private static boolean clear(Rectangle2D box, List<Rectangle2D> taken, double[] xs, double[] ys, ChartStyle s) {
        if (taken.stream().anyMatch(box::intersects)) {
            return false;
        }
        double reach = s.marker + s.pad * 0.4;
        for (int i = 0; i < xs.length; i++) {
            double dx = Math.max(Math.max(box.getMinX() - xs[i], 0), xs[i] - box.getMaxX());
            double dy = Math.max(Math.max(box.getMinY() - ys[i], 0), ys[i] - box.getMaxY());
            if (Math.hypot(dx, dy) < reach) {
                return false;
            }
        }
        return true;
    }
}
