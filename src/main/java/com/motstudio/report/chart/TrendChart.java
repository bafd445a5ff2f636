package com.motstudio.report.chart;

import com.motstudio.text.Texts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Values over time as lines with dots, with dashed reference lines across (a KPI's baseline and
 * target): a KPI's measurements by date, or compliance round by round. The x axis is numeric (days
 * or round numbers) and labelled at the given ticks; labels that would collide are left out.
 */
public final class TrendChart implements Chart {
    public record Point(double x, double y) {}

    public record Series(String label, List<Point> points) {
        public Series {
            label = label == null ? "" : label;
            points = List.copyOf(points);
        }
    }

    /** A horizontal line across the plot: {@code target} ones are drawn green, others grey. */
    public record Reference(String label, double y, boolean target) {}

    public record Tick(double x, String label) {}

    /**
     * @param yMin, yMax the y range, or null to fit the values and references
     */
    public record Data(String title, String unit, List<Series> series, List<Reference> references, List<Tick> ticks,
                       Double yMin, Double yMax) {
        public Data {
            series = List.copyOf(series);
            references = List.copyOf(references);
            ticks = List.copyOf(ticks);
        }

        boolean empty() {
            return series.stream().allMatch(s -> s.points().isEmpty());
        }
    }

    private final Data data;
    private final ChartStyle style;

    public TrendChart(Data data, ChartOptions options) {
        this.data = data;
        this.style = new ChartStyle(options);
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        Fit.onWhite(g, width, height, g2 -> paintInside(g2, width, height));
    }

    private void paintInside(Graphics2D g, double width, double height) {
        ChartStyle s = style;
        double top = s.margin;
        top = s.title(g, data.title(), width, top);
        double legendHeight = s.lineHeight(s.small) + s.pad;
        java.awt.geom.Rectangle2D.Double plotBox = new java.awt.geom.Rectangle2D.Double(0, top, width, height - top);
        if (data.empty()) {
            java.awt.geom.Rectangle2D.Double box = new java.awt.geom.Rectangle2D.Double(s.margin, top,
                    width - 2 * s.margin, Math.max(s.s * 3, height - top - s.margin));
            NoData.paint(g, s, box, NoData.place(s, s.texts.get("monitor.chart.noData"), box));
            return;
        }
        double[] range = range();
        double[] ticksY = Ticks.within(range[0], range[1], height, s.s * 2.2, 6);
        int decimals = ticksY.length > 1 ? Ticks.decimals(ticksY[1] - ticksY[0]) : 0;
        double labelWidth = 0;
        for (double t : ticksY) {
            labelWidth = Math.max(labelWidth, s.width(Ticks.format(t, decimals), s.small));
        }
        double left = s.margin + labelWidth + s.pad;
        double right = width - s.margin - referenceLabelWidth();
        double bottom = plotBox.getMaxY() - s.margin - legendHeight - s.lineHeight(s.small) - s.pad;
        double plotTop = top + s.pad;
        if (right - left < s.s * 4 || bottom - plotTop < s.s * 2) {
            return;
        }
        double[] xr = xRange();
        DoubleUnaryOperator x = v -> left + (xr[1] == xr[0] ? 0.5 : (v - xr[0]) / (xr[1] - xr[0])) * (right - left);
        DoubleUnaryOperator y = v -> bottom - (v - range[0]) / (range[1] - range[0]) * (bottom - plotTop);
        g.setFont(s.small);
        for (double t : ticksY) {
            g.setColor(ChartColours.GRID);
            g.draw(new Line2D.Double(left, y.applyAsDouble(t), right, y.applyAsDouble(t)));
            g.setColor(ChartColours.MUTED);
            String label = Ticks.format(t, decimals);
            g.drawString(label, (float) (left - s.pad - s.width(label, s.small)), (float) (y.applyAsDouble(t) + s.s * 0.3));
        }
        g.setColor(ChartColours.AXIS);
        g.draw(new Line2D.Double(left, bottom, right, bottom));
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (Tick t : data.ticks()) {
            double w = s.width(t.label(), s.small);
            double cx = Math.max(left + w / 2, Math.min(right - w / 2, x.applyAsDouble(t.x())));
            if (cx - w / 2 < lastEnd + s.pad) {
                continue;
            }
            g.setColor(ChartColours.MUTED);
            g.drawString(t.label(), (float) (cx - w / 2), (float) (bottom + s.pad + s.s * 0.9));
            lastEnd = cx + w / 2;
        }
        for (Reference r : data.references()) {
            g.setColor(r.target() ? ChartColours.ABOVE : ChartColours.AXIS);
            g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
            g.draw(new Line2D.Double(left, y.applyAsDouble(r.y()), right, y.applyAsDouble(r.y())));
            g.drawString(r.label(), (float) (right + s.pad * 0.5), (float) (y.applyAsDouble(r.y()) + s.s * 0.3));
        }
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < data.series().size(); i++) {
            Series series = data.series().get(i);
            g.setColor(ChartColours.series(i));
            Path2D.Double line = new Path2D.Double();
            for (int k = 0; k < series.points().size(); k++) {
                Point p = series.points().get(k);
                if (k == 0) {
                    line.moveTo(x.applyAsDouble(p.x()), y.applyAsDouble(p.y()));
                } else {
                    line.lineTo(x.applyAsDouble(p.x()), y.applyAsDouble(p.y()));
                }
            }
            g.draw(line);
            for (Point p : series.points()) {
                double r = s.marker * 0.8;
                g.fill(new Ellipse2D.Double(x.applyAsDouble(p.x()) - r, y.applyAsDouble(p.y()) - r, 2 * r, 2 * r));
            }
        }
        legend(g, left, plotBox.getMaxY() - s.margin - s.lineHeight(s.small), right);
    }

    private void legend(Graphics2D g, double left, double y, double right) {
        ChartStyle s = style;
        double cursor = left;
        List<String> labels = new ArrayList<>();
        data.series().forEach(series -> labels.add(series.label()));
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label.isEmpty()) {
                continue;
            }
            double w = s.swatch + s.pad * 0.5 + s.width(label, s.small);
            if (cursor + w > right + s.margin) {
                break;
            }
            g.setColor(ChartColours.series(i));
            g.fill(new java.awt.geom.Rectangle2D.Double(cursor, y, s.swatch, s.swatch));
            g.setColor(ChartColours.INK);
            g.setFont(s.small);
            g.drawString(label, (float) (cursor + s.swatch + s.pad * 0.5), (float) (y + s.swatch * 0.9));
            cursor += w + s.s;
        }
    }

    private double referenceLabelWidth() {
        double w = 0;
        for (Reference r : data.references()) {
            w = Math.max(w, style.width(r.label(), style.small) + style.pad);
        }
        return w;
    }

    private double[] range() {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Series series : data.series()) {
            for (Point p : series.points()) {
                lo = Math.min(lo, p.y());
                hi = Math.max(hi, p.y());
            }
        }
        for (Reference r : data.references()) {
            lo = Math.min(lo, r.y());
            hi = Math.max(hi, r.y());
        }
        if (data.yMin() != null) {
            lo = data.yMin();
        }
        if (data.yMax() != null) {
            hi = data.yMax();
        }
        if (hi - lo < 1e-9) {
            lo -= 1;
            hi += 1;
        }
        return data.yMin() != null && data.yMax() != null ? new double[]{lo, hi} : Ticks.around(lo, hi);
    }

    private double[] xRange() {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Series series : data.series()) {
            for (Point p : series.points()) {
                lo = Math.min(lo, p.x());
                hi = Math.max(hi, p.x());
            }
        }
        for (Tick t : data.ticks()) {
            lo = Math.min(lo, t.x());
            hi = Math.max(hi, t.x());
        }
        double pad = hi > lo ? (hi - lo) * 0.04 : 0;
        return new double[]{lo - pad, hi + pad};
    }

    @Override
    public double preferredHeight(double width) {
        return Math.max(16 * style.s, width * 0.5);
    }

    @Override
    public Texts texts() {
        return style.texts;
    }
}
