package com.motstudio.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** A chart's legend: swatches and their labels in a row, running on to more rows when the width is used up. */
final class LegendLayout {
    /** How an entry's series is drawn; NONE for a text-only entry (a heading). */
    enum Mark { BAR, DOT, NONE }

    /** One entry to show: how its series is drawn and what it means. */
    record Entry(Mark mark, Color colour, String label) {}

    /** An entry placed: its swatch and its label. */
    record Item(Entry entry, Rectangle2D swatch, PlacedText label) {}

    final List<Item> items;
    final double height;

    /** Lays the entries out from (x, y) in rows no wider than width. */
    LegendLayout(ChartStyle s, List<Entry> entries, double x, double y, double width) {
        List<Item> placed = new ArrayList<>();
        double lineHeight = s.lineHeight(s.small);
        double labelGap = s.pad * 0.6;
        double entryGap = s.s * 1.4;
        double cx = x;
        double top = y;
        double rowHeight = 0;
        for (Entry entry : entries) {
            double swatch = entry.mark() == Mark.NONE ? 0 : s.swatch + labelGap;
            var label = s.wrap(entry.label(), s.small, width - swatch);
            double need = swatch + label.width();
            if (cx > x && cx + need > x + width) {
                cx = x;
                top += rowHeight + s.pad * 0.5;
                rowHeight = 0;
            }
            double rowH = Math.max(label.height(), lineHeight);
            double swatchTop = top + (lineHeight - s.swatch) / 2;
            placed.add(new Item(entry, new Rectangle2D.Double(cx, swatchTop, s.swatch, s.swatch),
                    PlacedText.left("legend", label, cx + swatch, top, ChartColours.MUTED)));
            cx += need + (entry.mark() == Mark.NONE ? labelGap : entryGap);
            rowHeight = Math.max(rowHeight, rowH);
        }
        this.items = List.copyOf(placed);
        this.height = entries.isEmpty() ? 0 : top + rowHeight - y;
    }

    List<PlacedText> texts() {
        return items.stream().map(Item::label).toList();
    }

    /** Paints the swatches; the labels are painted with the chart's other texts. */
    void paintSwatches(Graphics2D g) {
        for (Item item : items) {
            Rectangle2D r = item.swatch();
            g.setColor(item.entry().colour());
            if (item.entry().mark() == Mark.NONE) {
                continue;
            }
            if (item.entry().mark() == Mark.DOT) {
                double d = r.getWidth() * 0.8;
                g.fill(new Ellipse2D.Double(r.getCenterX() - d / 2, r.getCenterY() - d / 2, d, d));
            } else {
                g.fill(r);
            }
        }
    }
}
