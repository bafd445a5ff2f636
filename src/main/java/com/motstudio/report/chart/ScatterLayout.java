package com.motstudio.report.chart;

import com.motstudio.report.chart.ScatterSpec.Quadrant;
import com.motstudio.report.map.TextBlock;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import static com.motstudio.report.chart.ChartColours.INK;
import static com.motstudio.report.chart.ChartColours.MUTED;

/**
 * A four-quadrant scatter chart laid out in a box: the plot with its ticks and axis titles, the
 * quadrants shaded and named in their outer corners, each point labelled where its label fits.
 * When some label finds no room, every point is numbered instead and a key lists the labels, on the
 * right of the plot when the box is wide, under it when not.
 */
final class ScatterLayout implements ChartLayout {
    /** A quadrant's area and its name. */
    record Region(Rectangle2D area, Quadrant quadrant, PlacedText name) {}

    final double width;
    final double height;
    final boolean numbered;
    final List<PlacedText> texts = new ArrayList<>();
    final List<Region> regions = new ArrayList<>();
    LegendLayout legend;
    ScatterPoints points;
    KeyList key;
    Rectangle2D plot;
    Rectangle2D emptyBox;
    PlacedText emptyText;
    Scale xScale;
    Scale yScale;
    double[] xTicks = {};
    double[] yTicks = {};
    private boolean fits;

    /** Labelled points if every label finds room, else numbered ones. */
    static ScatterLayout of(ScatterSpec spec, ChartStyle s, double width, double height) {
        ScatterLayout labelled = new ScatterLayout(spec, s, width, height, false);
        return labelled.fits || labelled.emptyBox != null ? labelled : new ScatterLayout(spec, s, width, height, true);
    }

    private ScatterLayout(ScatterSpec spec, ChartStyle s, double width, double height, boolean numbered) {
        this.width = width;
        this.height = height;
        this.numbered = numbered;
        double m = s.margin;
        double inner = width - 2 * m;
        double y = m;
        if (s.titled) {
            TextBlock title = s.wrap(spec.title(), s.title, inner);
            texts.add(PlacedText.left("title", title, m, y, INK));
            y += title.height() + s.pad;
        }
        legend = new LegendLayout(s, spec.dots().isEmpty() ? List.of() : spec.legend(), m, y, inner);
        texts.addAll(legend.texts());
        y += legend.height + (legend.height > 0 ? s.pad : 0);
        if (spec.dots().isEmpty()) {
            emptyBox = new Rectangle2D.Double(m, y, inner, height - m - y);
            emptyText = NoData.place(s, spec.emptyText(), emptyBox);
            texts.add(emptyText);
            fits = NoData.fits(s, emptyText, emptyBox);
            return;
        }
        layOutPlot(spec, s, y);
    }

    private void layOutPlot(ScatterSpec spec, ChartStyle s, double top) {
        double m = s.margin;
        double inner = width - 2 * m;
        double lineH = s.lineHeight(s.small);
        boolean keyRight = numbered && inner >= 40 * s.s;
        double keyWidth = keyRight ? Math.min(17 * s.s, inner * 0.3) : 0;
        double bottom = height - m;
        if (!spec.note().isBlank()) {
            TextBlock note = s.wrap(spec.note(), s.small, inner);
            bottom -= note.height();
            texts.add(PlacedText.left("note", note, m, bottom, MUTED));
            bottom -= s.pad;
        }
        double keyBottom = bottom; // a key on the right may reach down to the note
        List<KeyList.Entry> entries = new ArrayList<>();
        for (int i = 0; i < spec.dots().size(); i++) {
            entries.add(new KeyList.Entry(String.valueOf(i + 1), spec.dots().get(i).keyText()));
        }
        if (numbered && !keyRight) {
            int columns = KeyList.columnsFor(s, inner);
            double keyHeight = new KeyList(s, entries, m, 0, inner, columns).height;
            key = new KeyList(s, entries, m, bottom - keyHeight, inner, columns);
            bottom -= keyHeight + s.pad * 1.2;
        }
        double gutter = spec.y().widestValue(s) + s.tick + s.pad * 0.4;
        double plotLeft = m + gutter;
        double halfTick = spec.x().widestValue(s) / 2;
        double plotRight = width - m - Math.max(halfTick, s.pad) - (keyRight ? keyWidth + 1.2 * s.s : 0);
        TextBlock xTitle = s.wrap(spec.xTitle(), s.small, plotRight - plotLeft);
        bottom -= xTitle.height();
        texts.add(PlacedText.centred("axis title", xTitle, (plotLeft + plotRight) / 2, bottom, MUTED));
        double plotBottom = bottom - s.pad * 0.3 - lineH - s.tick - s.pad * 0.2;
        TextBlock yTitle = s.wrap(spec.yTitle(), s.small, inner);
        texts.add(PlacedText.left("axis title", yTitle, m, top, MUTED));
        double plotTop = top + yTitle.height() + lineH / 2 + s.pad * 0.4;
        plot = new Rectangle2D.Double(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop);
        xScale = new Scale(spec.x().min(), spec.x().max(), plotLeft, plotRight);
        yScale = new Scale(spec.y().min(), spec.y().max(), plotBottom, plotTop);
        xTicks = spec.x().ticks(plot.getWidth(), 2 * halfTick + s.pad);
        yTicks = spec.y().ticks(plot.getHeight(), lineH * 1.3);
        List<Rectangle2D> xBoxes = new ArrayList<>();
        for (double t : xTicks) {
            PlacedText tick = PlacedText.centred("tick", s.line(Ticks.format(t, spec.x().decimals()), s.small),
                    xScale.at(t), plotBottom + s.tick + s.pad * 0.2, MUTED);
            texts.add(tick);
            xBoxes.add(tick.box());
        }
        for (double t : yTicks) {
            TextBlock text = s.line(Ticks.format(t, spec.y().decimals()), s.small);
            PlacedText tick = PlacedText.right("tick", text, plotLeft - s.tick - s.pad * 0.2,
                    yScale.at(t) - text.height() / 2, MUTED);
            if (xBoxes.stream().noneMatch(tick.box()::intersects)) { // at the origin the x axis's value is enough
                texts.add(tick);
            }
        }
        double[] xs = spec.dots().stream().mapToDouble(d -> xScale.at(d.x())).toArray();
        double[] ys = spec.dots().stream().mapToDouble(d -> yScale.at(d.y())).toArray();
        regions.addAll(QuadrantNames.place(spec, s, plot, xScale.at(spec.crossX()), yScale.at(spec.crossY()), xs, ys));
        regions.forEach(r -> texts.add(r.name()));
        boolean namesClear = QuadrantNames.apart(regions);
        points = new ScatterPoints(spec, s, this, numbered);
        boolean keyFits = true;
        texts.addAll(points.labels());
        if (key == null && numbered) {
            key = new KeyList(s, entries, plotRight + halfTick + 1.2 * s.s, plotTop, keyWidth, 1);
            keyFits = key.height <= keyBottom - plotTop;
        }
        if (key != null) {
            texts.addAll(key.texts);
        }
        fits = namesClear && keyFits && points.allPlaced() && plot.getWidth() >= 12 * s.s && plot.getHeight() >= 9 * s.s;
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
