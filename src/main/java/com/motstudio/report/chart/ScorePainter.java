package com.motstudio.report.chart;

import com.motstudio.report.chart.ScoreLayout.Piece;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Paints a laid-out score ranking: grid, the stacked bars with a hairline between traits, then the texts. */
final class ScorePainter {
    private ScorePainter() {}

    static void paint(Graphics2D g, ScoreLayout layout, ChartStyle s) {
        layout.legend.paintSwatches(g);
        if (layout.emptyBox != null) {
            NoData.paint(g, s, layout.emptyBox, layout.emptyText);
            layout.texts.stream().filter(t -> t != layout.emptyText).forEach(t -> t.paint(g));
            return;
        }
        Rectangle2D bars = layout.bars;
        g.setStroke(new BasicStroke(0.8f));
        for (double t : ScoreLayout.TICKS) {
            double x = layout.scale.at(t);
            g.setColor(ChartColours.GRID);
            g.draw(new Line2D.Double(x, bars.getY(), x, bars.getMaxY()));
            g.setColor(ChartColours.AXIS);
            g.draw(new Line2D.Double(x, bars.getMaxY(), x, bars.getMaxY() + s.tick));
        }
        for (Piece piece : layout.pieces) {
            g.setColor(piece.colour());
            g.fill(piece.box());
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1f));
        for (Piece piece : layout.pieces) {
            Rectangle2D box = piece.box();
            if (box.getX() > bars.getX() + 0.5) {
                g.draw(new Line2D.Double(box.getX(), box.getY(), box.getX(), box.getMaxY()));
            }
        }
        g.setColor(ChartColours.AXIS);
        g.draw(new Line2D.Double(bars.getX(), bars.getMaxY(), bars.getMaxX(), bars.getMaxY()));
        g.draw(new Line2D.Double(bars.getX(), bars.getY(), bars.getX(), bars.getMaxY()));
        layout.texts.forEach(t -> t.paint(g));
    }
}
