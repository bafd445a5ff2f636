package com.motstudio.report.chart;

import com.motstudio.report.chart.ScatterLayout.Region;
import com.motstudio.report.chart.ScatterPoints.Label;
import com.motstudio.report.chart.ScatterPoints.Marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Paints a laid-out scatter chart: shaded quadrants, grid, frame, cross-hairs, points, then the texts. */
final class ScatterPainter {
    private ScatterPainter() {}

    static void paint(Graphics2D g, ScatterLayout layout, ChartStyle s) {
        layout.legend.paintSwatches(g);
        if (layout.emptyBox != null) {
            NoData.paint(g, s, layout.emptyBox, layout.emptyText);
            layout.texts.stream().filter(t -> t != layout.emptyText).forEach(t -> t.paint(g));
            return;
        }
        Rectangle2D plot = layout.plot;
        for (Region region : layout.regions) {
            g.setColor(region.quadrant().tint());
            g.fill(region.area());
        }
        g.setStroke(new BasicStroke(0.7f));
        for (double t : layout.xTicks) {
            double x = layout.xScale.at(t);
            g.setColor(ChartColours.GRID);
            g.draw(new Line2D.Double(x, plot.getY(), x, plot.getMaxY()));
            g.setColor(ChartColours.AXIS);
            g.draw(new Line2D.Double(x, plot.getMaxY(), x, plot.getMaxY() + s.tick));
        }
        for (double t : layout.yTicks) {
            double y = layout.yScale.at(t);
            g.setColor(ChartColours.GRID);
            g.draw(new Line2D.Double(plot.getX(), y, plot.getMaxX(), y));
            g.setColor(ChartColours.AXIS);
            g.draw(new Line2D.Double(plot.getX() - s.tick, y, plot.getX(), y));
        }
        g.setColor(ChartColours.AXIS);
        g.setStroke(new BasicStroke(1f));
        g.draw(plot);
        crossHairs(g, layout, plot);
        g.setStroke(new BasicStroke(0.8f));
        g.setColor(ChartColours.LEADER);
        for (Label label : layout.points.labels) {
            if (label.leader() != null) {
                g.draw(label.leader());
            }
        }
        double r = s.marker;
        g.setStroke(new BasicStroke((float) (r * 0.3)));
        for (Marker marker : layout.points.markers) {
            Ellipse2D dot = new Ellipse2D.Double(marker.x() - r, marker.y() - r, 2 * r, 2 * r);
            g.setColor(marker.colour());
            g.fill(dot);
            g.setColor(Color.WHITE);
            g.draw(dot);
        }
        layout.texts.forEach(t -> t.paint(g));
    }

    /** Where the quadrants meet: the cross-hairs, dashed, from edge to edge. */
    private static void crossHairs(Graphics2D g, ScatterLayout layout, Rectangle2D plot) {
        Region topRight = layout.regions.get(1);
        double cx = topRight.area().getX();
        double cy = topRight.area().getMaxY();
        g.setColor(ChartColours.ZERO);
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{5f, 3f}, 0f));
        g.draw(new Line2D.Double(cx, plot.getY(), cx, plot.getMaxY()));
        g.draw(new Line2D.Double(plot.getX(), cy, plot.getMaxX(), cy));
    }
}
