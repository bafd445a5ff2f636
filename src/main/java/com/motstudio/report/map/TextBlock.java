package com.motstudio.report.map;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.util.List;

/**
 * A text wrapped to a box width in one font: its lines, each no wider than {@code maxWidth}. Shared
 * by the journey map and the charts ({@code report.chart}).
 *
 * @param lines      the lines, top to bottom; none for empty text
 * @param widths     each line's advance width in map units
 * @param maxWidth   the width of the box the text was wrapped to
 * @param lineHeight the distance from one baseline to the next
 * @param ascent     the distance from a line's top to its baseline
 */
public record TextBlock(List<String> lines, double[] widths, Font font, double maxWidth, double lineHeight, double ascent) {
    public static TextBlock empty(Font font, double maxWidth) {
        return new TextBlock(List.of(), new double[0], font, maxWidth, 0, 0);
    }

    public double height() {
        return lines.size() * lineHeight;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The widest line's width. */
    public double width() {
        double widest = 0;
        for (double w : widths) {
            widest = Math.max(widest, w);
        }
        return widest;
    }

    /** Draws the lines with their tops from y, left-aligned at x. */
    public void draw(Graphics2D g, double x, double y) {
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), (float) x, (float) (y + ascent + i * lineHeight));
        }
    }

    /** Draws the lines with their tops from y, each centred on centreX. */
    public void drawCentred(Graphics2D g, double centreX, double y) {
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), (float) (centreX - widths[i] / 2), (float) (y + ascent + i * lineHeight));
        }
    }

    /** The width of one string in a font, as drawn with fractional metrics. */
    public static double measure(String text, Font font, FontRenderContext frc) {
        return font.getStringBounds(text, frc).getWidth();
    }
}
