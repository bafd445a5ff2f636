package com.motstudio.report.chart;

import com.motstudio.report.map.TextBlock;
import com.motstudio.text.Texts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Means of several answers per item as a curve, items left to right in their order, with a band of
 * one standard deviation either side (the room's mean emotion per touchpoint and how far it
 * disagrees). Each item has a bar of its spread too, so a lone point shows it; under its name,
 * a note such as how many answered. Items without a mean break the curve.
 */
public final class SpreadChart implements Chart {
    static final Color BAND = new Color(0xC9DAF2);
    static final Color LINE = ChartColours.POINT;

    /**
     * One item.
     *
     * @param label  already translated, any length (it wraps under the axis)
     * @param mean   the mean answer, or null when nobody answered
     * @param spread its standard deviation, or null
     * @param note   a short text under the label (already translated), or ""
     */
    public record Point(String label, Double mean, Double spread, String note) {
        public Point {
            label = label == null ? "" : label;
            note = note == null ? "" : note;
        }
    }

    /**
     * What the chart shows.
     *
     * @param meanLabel, spreadLabel the legend's names of the curve and the band
     * @param yMin, yMax             the answer scale (−5 and +5 for emotions)
     * @param joined                 a curve and band through the items (a journey's emotions); false for
     *                               items that stand alone (scores): dots with their bars only
     */
    public record Data(String title, String meanLabel, String spreadLabel, List<Point> points, double yMin, double yMax,
                       boolean joined) {
        public Data {
            points = List.copyOf(points);
            if (!(yMax > yMin)) {
                throw new IllegalArgumentException("scale " + yMin + "–" + yMax + " is empty");
            }
        }

        boolean empty() {
            return points.stream().allMatch(p -> p.mean() == null);
        }
    }

    private final Data data;
    private final ChartStyle style;

    public SpreadChart(Data data, ChartOptions options) {
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
        if (data.empty()) {
            Rectangle2D box = new Rectangle2D.Double(s.margin, top, width - 2 * s.margin, Math.max(3 * s.s, height - top - s.margin));
            NoData.paint(g, s, box, NoData.place(s, s.texts.get("monitor.chart.noData"), box));
            return;
        }
        top = legend(g, top);
        double[] ticks = ticks(height * 0.6);
        int decimals = ticks.length > 1 ? Ticks.decimals(ticks[1] - ticks[0]) : 0;
        double labelWidth = 0;
        for (double t : ticks) {
            labelWidth = Math.max(labelWidth, s.width(tick(t, decimals), s.small));
        }
        double left = s.margin + labelWidth + s.pad;
        double right = width - s.margin;
        int n = data.points().size();
        double slot = (right - left) / n;
        int every = Math.max(1, (int) Math.ceil(nameWidth() / slot)); // a name every so many items, none cut or crowded
        List<TextBlock> names = new ArrayList<>();
        double namesHeight = 0;
        for (int i = 0; i < n; i++) {
            TextBlock name = i % every == 0 ? lines(s.wrap(data.points().get(i).label(), s.small, slot * every - s.pad * 0.5), 2) : null;
            names.add(name);
            namesHeight = Math.max(namesHeight, name == null ? 0 : name.height());
        }
        boolean notes = data.points().stream().anyMatch(p -> !p.note().isEmpty());
        double bottom = height - s.margin - namesHeight - s.pad - (notes ? s.lineHeight(s.small) : 0);
        double plotTop = top + s.lineHeight(s.small); // room for the value over a point at the top
        if (bottom - plotTop < s.s * 3 || slot < 2) {
            return;
        }
        DoubleUnaryOperator y = v -> bottom - (Math.clamp(v, data.yMin(), data.yMax()) - data.yMin()) / (data.yMax() - data.yMin()) * (bottom - plotTop);
        DoubleUnaryOperator x = i -> left + (i + 0.5) * slot;
        axes(g, ticks, decimals, left, right, bottom, y);
        if (data.joined()) {
            band(g, x, y);
        }
        curve(g, x, y, slot);
        g.setFont(s.small);
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (names.get(i) == null) {
                continue;
            }
            double half = Math.max(names.get(i).width(), s.width(data.points().get(i).note(), s.small)) / 2;
            double cx = Math.clamp(x.applyAsDouble(i), s.margin * 0.5 + half, Math.max(s.margin * 0.5 + half, width - s.margin * 0.5 - half));
            if (cx - half < lastEnd + s.pad * 0.5) { // pushed in from the edge onto the name before it
                continue;
            }
            lastEnd = cx + half;
            g.setColor(ChartColours.INK);
            names.get(i).drawCentred(g, cx, bottom + s.pad);
            String note = data.points().get(i).note();
            g.setColor(ChartColours.MUTED);
            g.setFont(s.small);
            g.drawString(note, (float) (cx - s.width(note, s.small) / 2), (float) (bottom + s.pad + namesHeight + s.s * 0.9));
        }
    }

    private void axes(Graphics2D g, double[] ticks, int decimals, double left, double right, double bottom, DoubleUnaryOperator y) {
        ChartStyle s = style;
        g.setFont(s.small);
        double perAnswer = Math.abs(y.applyAsDouble(1) - y.applyAsDouble(0));
        if (data.yMax() - data.yMin() <= 20 && perAnswer >= s.s * 0.6) { // a light line at every answer between the labelled ones
            g.setColor(ChartColours.GRID);
            for (double v = Math.ceil(data.yMin()); v <= data.yMax(); v++) {
                g.draw(new Line2D.Double(left, y.applyAsDouble(v), right, y.applyAsDouble(v)));
            }
        }
        for (double t : ticks) {
            double ty = y.applyAsDouble(t);
            g.setColor(t == 0 ? ChartColours.ZERO : ChartColours.GRID);
            g.setStroke(new BasicStroke(t == 0 ? 1.4f : 1f));
            g.draw(new Line2D.Double(left, ty, right, ty));
            g.setColor(ChartColours.MUTED);
            String label = tick(t, decimals);
            g.drawString(label, (float) (left - s.pad - s.width(label, s.small)), (float) (ty + s.s * 0.3));
        }
        if (data.yMin() < 0 && data.yMax() > 0) { // zero stands out even between two ticks
            g.setColor(ChartColours.ZERO);
            g.setStroke(new BasicStroke(1.4f));
            g.draw(new Line2D.Double(left, y.applyAsDouble(0), right, y.applyAsDouble(0)));
        }
        g.setStroke(new BasicStroke(1f));
        g.setColor(ChartColours.AXIS);
        g.draw(new Line2D.Double(left, bottom, right, bottom));
    }

    /** The band from mean − SD to mean + SD, one piece per run of items with a mean and a spread. */
    private void band(Graphics2D g, DoubleUnaryOperator x, DoubleUnaryOperator y) {
        List<Point> points = data.points();
        g.setColor(BAND);
        int start = 0;
        while (start < points.size()) {
            int end = start;
            while (end < points.size() && points.get(end).mean() != null && points.get(end).spread() != null) {
                end++;
            }
            if (end - start > 1) {
                Path2D.Double shape = new Path2D.Double();
                for (int i = start; i < end; i++) {
                    Point p = points.get(i);
                    double px = x.applyAsDouble(i), py = y.applyAsDouble(p.mean() + p.spread());
                    if (i == start) {
                        shape.moveTo(px, py);
                    } else {
                        shape.lineTo(px, py);
                    }
                }
                for (int i = end - 1; i >= start; i--) {
                    Point p = points.get(i);
                    shape.lineTo(x.applyAsDouble(i), y.applyAsDouble(p.mean() - p.spread()));
                }
                shape.closePath();
                g.fill(shape);
            }
            start = end + 1;
        }
    }

    /** The curve through the means, a dot and a bar of ±1 SD at each, the mean written above it. */
    private void curve(Graphics2D g, DoubleUnaryOperator x, DoubleUnaryOperator y, double slot) {
        ChartStyle s = style;
        List<Point> points = data.points();
        g.setColor(LINE);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 1; i < points.size() && data.joined(); i++) {
            if (points.get(i - 1).mean() != null && points.get(i).mean() != null) {
                g.draw(new Line2D.Double(x.applyAsDouble(i - 1), y.applyAsDouble(points.get(i - 1).mean()),
                        x.applyAsDouble(i), y.applyAsDouble(points.get(i).mean())));
            }
        }
        boolean values = slot >= s.width(number(-10.5), s.smallBold) + s.marker * 1.6 + s.pad;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.mean() == null) {
                continue;
            }
            double px = x.applyAsDouble(i), py = y.applyAsDouble(p.mean());
            if (p.spread() != null && p.spread() > 0) {
                double hi = y.applyAsDouble(p.mean() + p.spread()), lo = y.applyAsDouble(p.mean() - p.spread());
                g.setColor(ChartColours.series(1));
                g.setStroke(new BasicStroke(1.4f));
                g.draw(new Line2D.Double(px, hi, px, lo));
                g.draw(new Line2D.Double(px - s.marker, hi, px + s.marker, hi));
                g.draw(new Line2D.Double(px - s.marker, lo, px + s.marker, lo));
            }
            g.setColor(LINE);
            double r = s.marker;
            g.fill(new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
            if (values) {
                String value = number(p.mean());
                g.setColor(ChartColours.INK);
                g.setFont(s.smallBold);
                g.drawString(value, (float) (px + s.marker * 1.6), (float) (py + s.s * 0.3)); // right of the bar's caps
            }
        }
    }

    private double legend(Graphics2D g, double top) {
        ChartStyle s = style;
        g.setFont(s.small);
        double x = s.margin;
        double mid = top + s.swatch / 2;
        g.setColor(LINE);
        g.setStroke(new BasicStroke(2.2f));
        if (data.joined()) { // the curve's line through the dot; items that stand alone have the dot only
            g.draw(new Line2D.Double(x, mid, x + s.swatch * 1.6, mid));
        }
        g.fill(new Ellipse2D.Double(x + s.swatch * 0.8 - s.marker * 0.8, mid - s.marker * 0.8, s.marker * 1.6, s.marker * 1.6));
        g.setColor(ChartColours.INK);
        g.drawString(data.meanLabel(), (float) (x + s.swatch * 1.6 + s.pad * 0.5), (float) (top + s.swatch * 0.9));
        x += s.swatch * 1.6 + s.pad + s.width(data.meanLabel(), s.small) + s.s;
        if (data.joined()) {
            g.setColor(BAND);
            g.fill(new Rectangle2D.Double(x, top, s.swatch * 1.6, s.swatch));
        }
        g.setColor(ChartColours.series(1));
        g.setStroke(new BasicStroke(1.4f));
        g.draw(new Line2D.Double(x + s.swatch * 0.8, top, x + s.swatch * 0.8, top + s.swatch));
        g.setColor(ChartColours.INK);
        g.drawString(data.spreadLabel(), (float) (x + s.swatch * 1.6 + s.pad * 0.5), (float) (top + s.swatch * 0.9));
        g.setStroke(new BasicStroke(1f));
        return top + s.swatch + s.pad * 1.5;
    }

    /**
     * The width a name needs under the axis: its longest word (capped at eight characters; Chinese
     * breaks anywhere) and its note, at least three characters.
     */
    private double nameWidth() {
        ChartStyle s = style;
        double need = 3 * s.s;
        for (Point p : data.points()) {
            for (String word : p.label().split("\\s+")) {
                need = Math.max(need, Math.min(8 * s.s, s.width(word, s.small)));
            }
            need = Math.max(need, s.width(p.note(), s.small));
        }
        return need + s.pad;
    }

    /** Both ends of the scale labelled, and zero when the scale holds it: −5, 0, +5, or every answer when there is room. */
    private double[] ticks(double length) {
        double lo = data.yMin(), hi = data.yMax();
        if (lo < 0 && hi > 0) {
            for (double step : new double[]{1, 2, 5, 10, 20, 25, 50}) {
                boolean even = Math.abs(lo / step - Math.rint(lo / step)) < 1e-9 && Math.abs(hi / step - Math.rint(hi / step)) < 1e-9;
                if (even && length * step / (hi - lo) >= style.s * 1.4) {
                    return Ticks.between(lo, hi, step);
                }
            }
        }
        return Ticks.onScale(lo, hi, length, style.s * 1.4);
    }

    private String tick(double value, int decimals) {
        return data.yMin() < 0 ? Ticks.signed(value, decimals) : Ticks.format(value, decimals);
    }

    /** A mean as written over its dot: signed on a scale about zero, whole on a wide one (a 0–100 score). */
    private String number(double value) {
        int decimals = data.yMax() - data.yMin() > 20 ? 0 : 1;
        return data.yMin() < 0 ? Ticks.signed(value, decimals) : Ticks.format(value, decimals);
    }

    /** The block cut to its first lines, the last one ending in an ellipsis when text was left out. */
    private static TextBlock lines(TextBlock block, int most) {
        if (block.lines().size() <= most) {
            return block;
        }
        List<String> kept = new ArrayList<>(block.lines().subList(0, most));
        kept.set(most - 1, kept.get(most - 1) + "\u2026");
        double[] widths = java.util.Arrays.copyOf(block.widths(), most);
        return new TextBlock(kept, widths, block.font(), block.maxWidth(), block.lineHeight(), block.ascent());
    }

    @Override
    public double preferredHeight(double width) {
        return Math.max(16 * style.s, width * 0.45);
    }

    @Override
    public Texts texts() {
        return style.texts;
    }
}
