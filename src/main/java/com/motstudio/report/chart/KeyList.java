package com.motstudio.report.chart;

import com.motstudio.report.map.TextBlock;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The key of a crowded chart that shows numbers instead of labels: "1  label", "2  label" …, in
 * columns filled top to bottom.
 */
final class KeyList {
    /** One numbered label. */
    record Entry(String number, String label) {}

    final List<PlacedText> texts;
    final double height;

    KeyList(ChartStyle s, List<Entry> entries, double x, double y, double width, int columns) {
        List<PlacedText> placed = new ArrayList<>();
        int cols = Math.max(1, Math.min(columns, entries.size()));
        double gap = s.s * 1.2;
        double colWidth = (width - (cols - 1) * gap) / cols;
        double numberWidth = 0;
        for (Entry entry : entries) {
            numberWidth = Math.max(numberWidth, s.width(entry.number(), s.smallBold));
        }
        double labelX = numberWidth + s.pad * 0.8;
        int perColumn = (int) Math.ceil(entries.size() / (double) cols);
        double tallest = 0;
        for (int c = 0; c < cols; c++) {
            double left = x + c * (colWidth + gap);
            double top = y;
            for (int i = c * perColumn; i < Math.min(entries.size(), (c + 1) * perColumn); i++) {
                Entry entry = entries.get(i);
                TextBlock number = s.line(entry.number(), s.smallBold);
                TextBlock label = s.wrap(entry.label(), s.small, colWidth - labelX);
                placed.add(PlacedText.right("key number", number, left + numberWidth, top, ChartColours.INK));
                placed.add(PlacedText.left("key label", label, left + labelX, top, ChartColours.INK));
                top += Math.max(number.height(), label.height()) + s.pad * 0.3;
            }
            tallest = Math.max(tallest, top - y - s.pad * 0.3);
        }
        this.texts = List.copyOf(placed);
        this.height = entries.isEmpty() ? 0 : tallest;
    }

    /** As many columns of at least 15 font sizes as the width holds. */
    static int columnsFor(ChartStyle s, double width) {
        return Math.max(1, (int) (width / (15 * s.s)));
    }

    void paint(Graphics2D g) {
        texts.forEach(t -> t.paint(g));
    }
}
