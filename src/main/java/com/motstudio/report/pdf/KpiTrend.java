package com.motstudio.report.pdf;

import com.motstudio.model.Kpi;
import com.motstudio.model.Measurement;
import com.motstudio.report.BundledFont;
import com.motstudio.text.Texts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** One KPI's measurements over time as a small line chart, with its baseline and target as dashed lines. */
final class KpiTrend implements Drawing {
    private static final float SIZE = 7f;

    private final Kpi kpi;
    private final List<Measurement> series;
    private final Texts texts;
    private final Color accent;

    KpiTrend(Kpi kpi, List<Measurement> series, Texts texts, Color accent) {
        this.kpi = kpi;
        this.series = series;
        this.texts = texts;
        this.accent = accent;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        g.setFont(BundledFont.of(SIZE));
        FontMetrics fm = g.getFontMetrics();
        double lo = series.stream().mapToDouble(Measurement::value).min().orElse(0);
        double hi = series.stream().mapToDouble(Measurement::value).max().orElse(1);
        for (Double line : new Double[] {kpi.baseline(), kpi.target()}) {
            if (line != null) {
                lo = Math.min(lo, line);
                hi = Math.max(hi, line);
            }
        }
        if (hi - lo < 1e-9) {
            hi = lo + 1;
        }
        double pad = (hi - lo) * 0.1;
        lo -= pad;
        hi += pad;
        String hiLabel = Format.number(texts, hi);
        String loLabel = Format.number(texts, lo);
        double left = Math.max(fm.stringWidth(hiLabel), fm.stringWidth(loLabel)) + 6;
        double top = fm.getHeight() + 4;
        double bottom = height - fm.getHeight() - 4;
        double right = width - 4;
        g.setColor(Color.BLACK);
        g.drawString(ActionTimeline.Fit.text(fm, kpi.unit().isBlank() ? kpi.name() : kpi.name() + " (" + kpi.unit() + ")", width),
                0f, (float) fm.getAscent());
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new Line2D.Double(left, top, left, bottom));
        g.draw(new Line2D.Double(left, bottom, right, bottom));
        g.drawString(hiLabel, 0f, (float) (top + fm.getAscent() / 2.0));
        g.drawString(loLabel, 0f, (float) (bottom));
        double l = lo;
        double h = hi;
        java.util.function.DoubleUnaryOperator y = v -> bottom - (v - l) / (h - l) * (bottom - top);
        dashed(g, kpi.baseline(), y, left, right, Color.GRAY);
        dashed(g, kpi.target(), y, left, right, new Color(46, 139, 87));
        if (series.isEmpty()) {
            return;
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(series.getFirst().date(), series.getLast().date()));
        Path2D path = new Path2D.Double();
        for (int i = 0; i < series.size(); i++) {
            Measurement m = series.get(i);
            double x = left + 4 + (right - left - 8) * ChronoUnit.DAYS.between(series.getFirst().date(), m.date()) / days;
            if (i == 0) {
                path.moveTo(x, y.applyAsDouble(m.value()));
            } else {
                path.lineTo(x, y.applyAsDouble(m.value()));
            }
        }
        g.setColor(accent);
        g.setStroke(new BasicStroke(1.3f));
        g.draw(path);
        Measurement last = series.getLast();
        double lastX = right - 4;
        g.fill(new Ellipse2D.Double(lastX - 2.5, y.applyAsDouble(last.value()) - 2.5, 5, 5));
        g.setColor(Color.DARK_GRAY);
        String from = Format.date(series.getFirst().date());
        String to = Format.date(last.date());
        g.drawString(from, (float) left, (float) (height - 2));
        g.drawString(to, (float) (right - fm.stringWidth(to)), (float) (height - 2));
    }

    private static void dashed(Graphics2D g, Double value, java.util.function.DoubleUnaryOperator y, double left, double right, Color colour) {
        if (value == null) {
            return;
        }
        g.setColor(colour);
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4, new float[] {3, 2}, 0));
        double at = y.applyAsDouble(value);
        g.draw(new Line2D.Double(left, at, right, at));
    }
}
