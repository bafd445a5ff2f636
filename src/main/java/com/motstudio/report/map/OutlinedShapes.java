package com.motstudio.report.map;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;

/**
 * A canvas that fills a shape and strokes its outline in one go: a PDF writes the path once (the
 * {@code B} operator) instead of twice. The map's cards are drawn through {@link #fillAndDraw}.
 */
public interface OutlinedShapes {
    /** Fills the shape in {@code fill}, then strokes its outline in {@code edge}; leaves {@code edge} as the colour. */
    void fillAndDraw(Shape shape, Color fill, Color edge, Stroke stroke);

    /** The shape filled and outlined on any canvas: in one operation where the canvas offers it. */
    static void fillAndDraw(Graphics2D g, Shape shape, Color fill, Color edge, Stroke stroke) {
        if (g instanceof OutlinedShapes canvas) {
            canvas.fillAndDraw(shape, fill, edge, stroke);
            return;
        }
        g.setColor(fill);
        g.fill(shape);
        g.setColor(edge);
        g.setStroke(stroke);
        g.draw(shape);
    }
}
