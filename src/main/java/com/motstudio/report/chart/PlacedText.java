package com.motstudio.report.chart;

import com.motstudio.report.map.TextBlock;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A wrapped text where a chart draws it: lines start at top y, aligned on x (left edge, centre or
 * right edge). Tests read the boxes to check that nothing overlaps.
 *
 * @param what a name for tests and debugging ("title", "tick", "point label" …)
 */
record PlacedText(String what, TextBlock text, double x, double y, Align align, Color colour) {
    enum Align { LEFT, CENTRE, RIGHT }

    static PlacedText left(String what, TextBlock text, double x, double y, Color colour) {
        return new PlacedText(what, text, x, y, Align.LEFT, colour);
    }

    static PlacedText centred(String what, TextBlock text, double x, double y, Color colour) {
        return new PlacedText(what, text, x, y, Align.CENTRE, colour);
    }

    static PlacedText right(String what, TextBlock text, double x, double y, Color colour) {
        return new PlacedText(what, text, x, y, Align.RIGHT, colour);
    }

    /** The box the lines' advances cover. */
    Rectangle2D box() {
        double width = text.width();
        double left = switch (align) {
            case LEFT -> x;
            case CENTRE -> x - width / 2;
            case RIGHT -> x - width;
        };
        return new Rectangle2D.Double(left, y, width, text.height());
    }

    /** The whole text on one string, for tests. */
    String joined() {
        return String.join("", text.lines());
    }

    void paint(Graphics2D g) {
        g.setColor(colour);
        g.setFont(text.font());
        double[] widths = text.widths();
        for (int i = 0; i < text.lines().size(); i++) {
            double left = switch (align) {
                case LEFT -> x;
                case CENTRE -> x - widths[i] / 2;
                case RIGHT -> x - widths[i];
            };
            g.drawString(text.lines().get(i), (float) left, (float) (y + text.ascent() + i * text.lineHeight()));
        }
    }
}
