package com.motstudio.report.chart;

import java.awt.Color;
import java.util.List;

/**
 * A four-quadrant scatter chart in the chart's own terms, as the KANO and IPA charts fill it in:
 * texts already in the chart's language, values on their axes.
 *
 * @param title     drawn above the chart when the options ask for a title
 * @param quadrants top-left, top-right, bottom-left, bottom-right, split at (crossX, crossY)
 * @param legend    what the dots' colours mean; none for one colour
 * @param note      a sentence under the chart (where the cross-hairs are); blank for none
 * @param emptyText shown when there are no dots
 */
record ScatterSpec(String title, String xTitle, String yTitle, Axis x, Axis y, double crossX, double crossY,
                   List<Quadrant> quadrants, List<Dot> dots, List<LegendLayout.Entry> legend, String note,
                   String emptyText) {
    /** An axis from min to max with a tick every step, its values written with that many decimals. */
    record Axis(double min, double max, double step, int decimals) {
        /** Ticks on the axis's steps, or every second, fifth or tenth one when they would be closer than minGap. */
        double[] ticks(double length, double minGap) {
            double every = step;
            for (int factor : new int[]{1, 2, 5, 10}) {
                every = step * factor;
                if (every / (max - min) * length >= minGap) {
                    break;
                }
            }
            return Ticks.between(Ticks.ceil(min, every), Ticks.floor(max, every), every);
        }

        /** The width of the axis's widest value text. */
        double widestValue(ChartStyle s) {
            return Math.max(s.width(Ticks.format(min, decimals), s.small), s.width(Ticks.format(max, decimals), s.small));
        }
    }

    /** A quadrant's name, its light fill and the darker ink of its name. */
    record Quadrant(String name, Color tint, Color ink) {}

    /**
     * A point: its label next to it or, when the chart is crowded, its number next to it and keyText
     * in the key.
     */
    record Dot(String label, String keyText, double x, double y, Color colour) {}

    ScatterSpec {
        quadrants = List.copyOf(quadrants);
        dots = List.copyOf(dots);
        legend = List.copyOf(legend);
        if (quadrants.size() != 4) {
            throw new IllegalArgumentException("four quadrants, not " + quadrants.size());
        }
    }

    /** The quadrant a value falls in: 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right (high is at or above the cross). */
    static int quadrantOf(double x, double y, double crossX, double crossY) {
        return (y >= crossY ? 0 : 2) + (x >= crossX ? 1 : 0);
    }
}
