package com.motstudio.report.chart;

import com.motstudio.report.map.TextBlock;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** The "no data yet" state of a chart: a light dashed frame where the plot would be, a sentence in its middle. */
final class NoData {
    private NoData() {}

    static PlacedText place(ChartStyle s, String text, Rectangle2D box) {
        TextBlock block = s.wrap(text, s.base, box.getWidth() - 4 * s.pad);
        return PlacedText.centred("no data", block, box.getCenterX(), box.getCenterY() - block.height() / 2,
                ChartColours.MUTED);
    }

    /** Whether the sentence fits its frame. */
    static boolean fits(ChartStyle s, PlacedText text, Rectangle2D box) {
        return text.text().height() + 2 * s.pad <= box.getHeight() && box.getWidth() >= 8 * s.s;
    }

    static void paint(Graphics2D g, ChartStyle s, Rectangle2D box, PlacedText text) {
        g.setColor(ChartColours.FRAME);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[]{(float) (s.pad * 0.8), (float) (s.pad * 0.6)}, 0f));
        g.draw(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), s.pad, s.pad));
        text.paint(g);
    }
}
