package com.motstudio.report.chart;

import com.motstudio.report.chart.ServqualLayout.Group;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Paints a laid-out SERVQUAL chart: grid, bars, zero line, then every text. */
final class ServqualPainter {
    private ServqualPainter() {}

    static void paint(Graphics2D g, ServqualLayout layout, ChartStyle s) {
        if (layout.emptyBox != null) {
            layout.legend.paintSwatches(g);
            NoData.paint(g, s, layout.emptyBox, layout.emptyText);
            layout.texts.stream().filter(t -> t != layout.emptyText).forEach(t -> t.paint(g));
            return;
        }
        grid(g, s, layout.ratingPanel, layout.rating, layout.ratingTicks);
        grid(g, s, layout.gapPanel, layout.gap, layout.gapTicks);
        for (Group group : layout.groups) {
            g.setColor(ChartColours.EXPECTATION);
            g.fill(group.expectation());
            g.setColor(ChartColours.PERCEPTION);
            g.fill(group.perception());
            g.setColor(group.below() ? ChartColours.BELOW : ChartColours.ABOVE);
            g.fill(group.gap());
        }
        Rectangle2D rating = layout.ratingPanel;
        Rectangle2D gaps = layout.gapPanel;
        g.setColor(ChartColours.AXIS);
        g.setStroke(new BasicStroke(1f));
        double base = layout.rating.from();
        g.draw(new Line2D.Double(rating.getX(), base, rating.getMaxX(), base));
        g.setColor(ChartColours.ZERO);
        g.setStroke(new BasicStroke(1.4f));
        double zero = layout.gap.at(0);
        g.draw(new Line2D.Double(gaps.getX(), zero, gaps.getMaxX(), zero));
        layout.legend.paintSwatches(g);
        layout.texts.forEach(t -> t.paint(g));
    }

    /** Light grid lines at the ticks, the axis line on the left and its tick marks. */
    private static void grid(Graphics2D g, ChartStyle s, Rectangle2D panel, Scale scale, double[] ticks) {
        g.setStroke(new BasicStroke(0.8f));
        for (double t : ticks) {
            double y = scale.at(t);
            g.setColor(ChartColours.GRID);
            g.draw(new Line2D.Double(panel.getX(), y, panel.getMaxX(), y));
            g.setColor(ChartColours.AXIS);
            g.draw(new Line2D.Double(panel.getX() - s.tick, y, panel.getX(), y));
        }
        g.setColor(ChartColours.AXIS);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(panel.getX(), panel.getY(), panel.getX(), panel.getMaxY()));
    }
}
