package com.motstudio.report.chart;

import com.motstudio.report.chart.ServqualChart.DimensionBar;
import com.motstudio.report.map.TextBlock;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import static com.motstudio.report.chart.ChartColours.INK;
import static com.motstudio.report.chart.ChartColours.MUTED;

/**
 * The SERVQUAL chart laid out in a box: a rating panel (expectation and perception bars from the
 * scale's bottom) above a gap panel (bars from zero), dimension names under both, wrapped to their
 * column; numbers under the columns and a key below when the names would need more than three lines.
 */
final class ServqualLayout implements ChartLayout {
    /** One dimension's bars; the gap bar hangs below zero when the gap is negative. */
    record Group(Rectangle2D expectation, Rectangle2D perception, Rectangle2D gap, boolean below) {}

    private static final int MAX_LABEL_LINES = 3;

    final double width;
    final double height;
    final List<PlacedText> texts = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    LegendLayout legend;
    KeyList key;
    Rectangle2D emptyBox;
    PlacedText emptyText;
    Rectangle2D ratingPanel;
    Rectangle2D gapPanel;
    Scale rating;
    Scale gap;
    double[] ratingTicks = {};
    double[] gapTicks = {};
    boolean numbered;
    private boolean fits;

    ServqualLayout(ServqualChart.Data data, ChartStyle s, double width, double height) {
        this.width = width;
        this.height = height;
        double m = s.margin;
        double inner = width - 2 * m;
        double y = m;
        if (s.titled) {
            TextBlock title = s.wrap(s.texts.get("charts.servqual.title"), s.title, inner);
            texts.add(PlacedText.left("title", title, m, y, INK));
            y += title.height() + s.pad;
        }
        List<DimensionBar> bars = data.dimensions();
        legend = new LegendLayout(s, bars.isEmpty() ? List.of() : ServqualChart.legend(s, bars), m, y, inner);
        texts.addAll(legend.texts());
        y += legend.height + (legend.height > 0 ? s.pad * 1.2 : 0);
        if (bars.isEmpty()) {
            emptyBox = new Rectangle2D.Double(m, y, inner, height - m - y);
            emptyText = NoData.place(s, s.texts.get("charts.servqual.empty"), emptyBox);
            texts.add(emptyText);
            fits = NoData.fits(s, emptyText, emptyBox);
            return;
        }
        layOutPlot(data, s, y);
    }

    private void layOutPlot(ServqualChart.Data data, ChartStyle s, double top) {
        List<DimensionBar> bars = data.dimensions();
        double m = s.margin;
        double lineH = s.lineHeight(s.small);
        double gutter = Math.max(s.width(Ticks.format(data.scaleMax(), 1), s.small),
                s.width(Ticks.MINUS + "0.00", s.small)) + s.tick + s.pad * 0.6;
        double plotLeft = m + gutter;
        double groupWidth = (width - m - plotLeft) / bars.size();
        List<TextBlock> labels = new ArrayList<>();
        for (DimensionBar bar : bars) {
            labels.add(s.wrap(bar.label(), s.small, groupWidth - s.pad * 0.8));
        }
        numbered = groupWidth < 3.5 * s.s || labels.stream().anyMatch(l -> l.lines().size() > MAX_LABEL_LINES);
        double bottom = height - m;
        if (numbered) {
            labels.clear();
            bottom = numberedKey(bars, s, labels, bottom);
        }
        double labelsHeight = labels.stream().mapToDouble(TextBlock::height).max().orElse(0);
        double labelsTop = bottom - labelsHeight;
        double plotBottom = labelsTop - s.pad * 0.6;
        TextBlock ratingTitle = s.wrap(s.texts.format("charts.servqual.ratingAxis", Ticks.format(data.scaleMin(), 0),
                Ticks.format(data.scaleMax(), 0)), s.small, width - 2 * m);
        TextBlock gapTitle = s.wrap(s.texts.get("charts.servqual.gapAxis"), s.small, width - 2 * m);
        double ratingTop = top + ratingTitle.height() + s.pad * 0.4;
        double available = plotBottom - ratingTop - gapTitle.height() - lineH / 2 - s.pad;
        double ratingHeight = available * 0.58;
        double gapTitleY = ratingTop + ratingHeight + lineH / 2 + s.pad * 0.6; // under the lowest tick's text
        double gapTop = gapTitleY + gapTitle.height() + s.pad * 0.4;
        texts.add(PlacedText.left("axis title", ratingTitle, m, top, MUTED));
        texts.add(PlacedText.left("axis title", gapTitle, m, gapTitleY, MUTED));
        double plotWidth = width - m - plotLeft;
        ratingPanel = new Rectangle2D.Double(plotLeft, ratingTop, plotWidth, ratingHeight);
        gapPanel = new Rectangle2D.Double(plotLeft, gapTop, plotWidth, plotBottom - gapTop);
        double room = lineH + s.pad * 0.3; // for the value over a full bar or under the deepest gap
        rating = new Scale(data.scaleMin(), data.scaleMax(), ratingPanel.getMaxY(), ratingTop + room);
        ratingTicks = Ticks.onScale(data.scaleMin(), data.scaleMax(), ratingHeight - room, lineH * 1.5);
        double lo = Math.min(-0.5, bars.stream().mapToDouble(DimensionBar::gap).min().orElse(0));
        double hi = Math.max(0.5, bars.stream().mapToDouble(DimensionBar::gap).max().orElse(0));
        double[] range = Ticks.around(lo, hi);
        gapTicks = Ticks.within(range[0], range[1], gapPanel.getHeight() - 2 * room, lineH * 1.5, 5);
        gap = new Scale(range[0], range[1], gapPanel.getMaxY() - room, gapTop + room);
        tickTexts(s, rating, ratingTicks, plotLeft, false);
        tickTexts(s, gap, gapTicks, plotLeft, true);
        placeGroups(bars, labels, s, plotLeft, groupWidth, labelsTop);
        fits = ratingHeight >= 5 * s.s && gapPanel.getHeight() >= 4 * s.s && groupWidth >= 1.6 * s.s
                && ratingTicks.length >= 3 && gapTicks.length >= 2 && Ticks.apart(rating, ratingTicks, lineH * 1.1)
                && Ticks.apart(gap, gapTicks, lineH * 1.1);
    }

    /** Numbers for the columns and the key of their names at the bottom; returns the key's top. */
    private double numberedKey(List<DimensionBar> bars, ChartStyle s, List<TextBlock> numbers, double bottom) {
        List<KeyList.Entry> entries = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            entries.add(new KeyList.Entry(String.valueOf(i + 1), bars.get(i).label()));
            numbers.add(s.line(String.valueOf(i + 1), s.smallBold));
        }
        double inner = width - 2 * s.margin;
        int columns = KeyList.columnsFor(s, inner);
        double keyHeight = new KeyList(s, entries, s.margin, 0, inner, columns).height;
        key = new KeyList(s, entries, s.margin, bottom - keyHeight, inner, columns);
        texts.addAll(key.texts);
        return bottom - keyHeight - s.pad * 1.2;
    }

    private void tickTexts(ChartStyle s, Scale scale, double[] ticks, double plotLeft, boolean signed) {
        int decimals = Ticks.decimals(ticks.length > 1 ? ticks[1] - ticks[0] : 1);
        for (double t : ticks) {
            TextBlock text = s.line(signed ? Ticks.signed(t, decimals) : Ticks.format(t, decimals), s.small);
            texts.add(PlacedText.right("tick", text, plotLeft - s.tick - s.pad * 0.3, scale.at(t) - text.height() / 2,
                    MUTED));
        }
    }

    private void placeGroups(List<DimensionBar> bars, List<TextBlock> labels, ChartStyle s, double plotLeft,
                             double groupWidth, double labelsTop) {
        double barWidth = Math.min(groupWidth * 0.3, 2.6 * s.s);
        double between = barWidth * 0.12;
        double valueWidth = s.width("0.00", s.small);
        boolean ratingValues = valueWidth <= barWidth + between * 0.8;
        boolean gapValues = s.width(Ticks.MINUS + "0.00", s.small) <= groupWidth - s.pad * 0.5;
        double zero = gap.at(0);
        for (int i = 0; i < bars.size(); i++) {
            DimensionBar bar = bars.get(i);
            double cx = plotLeft + (i + 0.5) * groupWidth;
            Rectangle2D e = column(cx - between / 2 - barWidth, barWidth, rating.at(bar.expectation()), rating.from());
            Rectangle2D p = column(cx + between / 2, barWidth, rating.at(bar.perception()), rating.from());
            double gapWidth = barWidth * 1.4;
            double end = gap.at(bar.gap());
            Rectangle2D g = column(cx - gapWidth / 2, gapWidth, Math.min(end, zero), Math.max(end, zero));
            boolean below = bar.gap() < 0;
            groups.add(new Group(e, p, g, below));
            if (ratingValues) {
                value(s, "value", Ticks.format(bar.expectation(), 2), e.getCenterX(), e.getY(), true, MUTED);
                value(s, "value", Ticks.format(bar.perception(), 2), p.getCenterX(), p.getY(), true, INK);
            }
            if (gapValues) {
                value(s, "gap value", Ticks.signed(bar.gap(), 2), cx, below ? g.getMaxY() : g.getY(), !below,
                        below ? ChartColours.BELOW : ChartColours.ABOVE);
            }
            texts.add(PlacedText.centred("dimension", labels.get(i), cx, labelsTop, INK));
        }
    }

    private void value(ChartStyle s, String what, String text, double x, double edge, boolean above, Color c) {
        TextBlock block = s.line(text, s.small);
        double y = above ? edge - block.height() - s.pad * 0.15 : edge + s.pad * 0.15;
        texts.add(PlacedText.centred(what, block, x, y, c));
    }

    private static Rectangle2D column(double x, double width, double top, double bottom) {
        return new Rectangle2D.Double(x, Math.min(top, bottom), width, Math.abs(bottom - top));
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public boolean fits() {
        return fits;
    }

    @Override
    public List<PlacedText> texts() {
        return texts;
    }
}
