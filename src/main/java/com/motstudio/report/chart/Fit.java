package com.motstudio.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.function.Consumer;

/**
 * Fits a chart into a box: lays it out at the box's size or, when its texts do not fit there at
 * full size, at a larger size of the same proportions that is then scaled down to the box.
 */
final class Fit {
    private static final int MAX_TRIES = 12;

    /** Makes a layout for a box of the given size. */
    interface Maker<L extends ChartLayout> {
        L layOut(double width, double height);
    }

    private Fit() {}

    static <L extends ChartLayout> L fit(double width, double height, double minWidth, double minHeight, Maker<L> maker) {
        double w = Math.max(1, width);
        double h = Math.max(1, height);
        double factor = Math.max(1, Math.max(minWidth / w, minHeight / h));
        L layout = maker.layOut(w * factor, h * factor);
        for (int i = 0; i < MAX_TRIES && !layout.fits(); i++) {
            factor *= 1.15;
            layout = maker.layOut(w * factor, h * factor);
        }
        return layout;
    }

    /** Paints a layout into the box (0, 0, width, height) on white, scaled to fill it; g is left as it was. */
    static void paint(Graphics2D g, double width, double height, ChartLayout layout, Consumer<Graphics2D> painter) {
        onWhite(g, width, height, g2 -> {
            g2.scale(width / layout.width(), height / layout.height());
            painter.accept(g2);
        });
    }

    /** Paints into the box (0, 0, width, height) on white, clipped to it, with the charts' hints; g is left as it was. */
    static void onWhite(Graphics2D g, double width, double height, Consumer<Graphics2D> painter) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            hints(g2);
            Rectangle2D box = new Rectangle2D.Double(0, 0, width, height);
            g2.clip(box);
            g2.setColor(Color.WHITE);
            g2.fill(box);
            painter.accept(g2);
        } finally {
            g2.dispose();
        }
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }
}
