package com.motstudio.report.chart;

import com.motstudio.text.Texts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Figures of two rounds side by side as pairs of horizontal bars, one row per figure, the later
 * bar green when it improved and red when it got worse. Values are drawn at their ends; a missing
 * value draws no bar. Rows that do not fit the height are left out, the rest keep full size.
 */
public final class PairedBarChart implements Chart {
    /** One figure; {@code improved} true, false, or null when it has no better direction or did not change. */
    public record Row(String label, Double before, Double after, Boolean improved) {
        public Row {
            label = label == null ? "" : label;
        }
    }

    public record Data(String title, String beforeLabel, String afterLabel, List<Row> rows, double max) {
        public Data {
            rows = List.copyOf(rows);
        }
    }

    private static final Color BEFORE = new Color(0xA9B8CC);
    private static final Color AFTER = new Color(0x3A7BD5);

    private final Data data;
    private final ChartStyle style;

    public PairedBarChart(Data data, ChartOptions options) {
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
        top = legend(g, top);
        if (data.rows().isEmpty()) {
            Rectangle2D box = new Rectangle2D.Double(s.margin, top, width - 2 * s.margin, Math.max(3 * s.s, height - top - s.margin));
            NoData.paint(g, s, box, NoData.place(s, s.texts.get("monitor.chart.noData"), box));
            return;
        }
        double labelWidth = Math.min(width * 0.38, data.rows().stream().mapToDouble(r -> s.width(r.label(), s.small)).max().orElse(0));
        double left = s.margin + labelWidth + s.pad;
        double valueRoom = s.width("100.0", s.small) + s.pad;
        double right = width - s.margin - valueRoom;
        double bar = s.s * 0.8;
        double rowHeight = 2 * bar + s.pad * 1.2;
        double max = data.max() > 0 ? data.max() : 1;
        double y = top;
        g.setColor(ChartColours.AXIS);
        g.draw(new Line2D.Double(left, top, left, Math.min(height - s.margin, top + rowHeight * data.rows().size())));
        for (Row row : data.rows()) {
            if (y + rowHeight > height - s.margin + 1e-6) {
                break;
            }
            g.setColor(ChartColours.INK);
            g.setFont(s.small);
            String label = fitted(row.label(), labelWidth);
            g.drawString(label, (float) (left - s.pad - s.width(label, s.small)), (float) (y + bar + s.s * 0.35));
            bar(g, row.before(), BEFORE, left, right, max, y, bar);
            Color after = row.improved() == null ? AFTER : row.improved() ? ChartColours.ABOVE : ChartColours.BELOW;
            bar(g, row.after(), after, left, right, max, y + bar, bar);
            y += rowHeight;
        }
    }

    private void bar(Graphics2D g, Double value, Color colour, double left, double right, double max, double y, double h) {
        if (value == null) {
            return;
        }
        double w = Math.max(0, Math.min(1, value / max)) * (right - left);
        g.setColor(colour);
        g.fill(new Rectangle2D.Double(left, y, w, h * 0.9));
        g.setColor(ChartColours.MUTED);
        g.setFont(style.small);
        g.drawString(Ticks.format(value, Math.abs(value - Math.rint(value)) < 1e-9 ? 0 : 1),
                (float) (left + w + style.pad * 0.5), (float) (y + h * 0.8));
    }

    private double legend(Graphics2D g, double top) {
        ChartStyle s = style;
        double x = s.margin;
        g.setFont(s.small);
        java.util.List<Object[]> entries = new java.util.ArrayList<>();
        if (!data.beforeLabel().isEmpty()) { // one round alone has nothing before it
            entries.add(new Object[]{data.beforeLabel(), BEFORE});
        }
        if (data.rows().stream().anyMatch(r -> r.improved() == null)) {
            entries.add(new Object[]{data.afterLabel(), AFTER});
        }
        if (data.rows().stream().anyMatch(r -> Boolean.TRUE.equals(r.improved()))) {
            entries.add(new Object[]{s.texts.format("monitor.chart.afterImproved", data.afterLabel()), ChartColours.ABOVE});
        }
        if (data.rows().stream().anyMatch(r -> Boolean.FALSE.equals(r.improved()))) {
            entries.add(new Object[]{s.texts.format("monitor.chart.afterWorse", data.afterLabel()), ChartColours.BELOW});
        }
        for (Object[] e : entries) {
            String label = (String) e[0];
            g.setColor((Color) e[1]);
            g.fill(new Rectangle2D.Double(x, top, s.swatch, s.swatch));
            g.setColor(ChartColours.INK);
            g.drawString(label, (float) (x + s.swatch + s.pad * 0.5), (float) (top + s.swatch * 0.9));
            x += s.swatch + s.pad + s.width(label, s.small) + s.s;
        }
        return top + s.swatch + s.pad * 1.5;
    }

    private String fitted(String text, double width) {
        if (style.width(text, style.small) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && style.width(cut + "\u2026", style.small) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }

    @Override
    public double preferredHeight(double width) {
        return style.margin * 2 + style.s * 3 + data.rows().size() * (1.6 * style.s + style.pad * 1.2);
    }

    @Override
    public Texts texts() {
        return style.texts;
    }
}
