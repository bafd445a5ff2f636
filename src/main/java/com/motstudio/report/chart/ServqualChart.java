package com.motstudio.report.chart;

import com.motstudio.text.Texts;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * SERVQUAL evidence as a chart: expectation and perception side by side per dimension on the
 * rating scale, and below them the gap P − E about a zero line, gaps below expectation in red.
 */
public final class ServqualChart implements Chart {
    /**
     * One dimension (or item): its mean expectation and perception and its gap.
     *
     * @param label already translated, any length (it wraps)
     * @param gap   P − E as the method computed it (the mean of the respondents' gaps)
     */
    public record DimensionBar(String label, double expectation, double perception, double gap) {
        public DimensionBar {
            label = label == null ? "" : label;
        }

        /** A dimension whose gap is its perception minus its expectation. */
        public static DimensionBar of(String label, double expectation, double perception) {
            return new DimensionBar(label, expectation, perception, perception - expectation);
        }
    }

    /**
     * What the chart shows.
     *
     * @param dimensions in the order shown, left to right; none draws the "no data yet" text
     * @param scaleMin   the lowest answer on the questionnaire's scale (1 on a 1–7 scale)
     * @param scaleMax   the highest answer
     */
    public record Data(List<DimensionBar> dimensions, double scaleMin, double scaleMax) {
        public Data {
            dimensions = List.copyOf(dimensions);
            if (!(scaleMax > scaleMin)) {
                throw new IllegalArgumentException("scale " + scaleMin + "–" + scaleMax + " is empty");
            }
        }
    }

    private final ChartStyle style;
    private final Remembered<ServqualLayout> layouts;

    public ServqualChart(Data data, ChartOptions options) {
        Objects.requireNonNull(data, "data");
        this.style = new ChartStyle(options);
        this.layouts = new Remembered<>(22 * style.s, 16 * style.s, (w, h) -> new ServqualLayout(data, style, w, h));
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        ServqualLayout layout = layout(width, height);
        Fit.paint(g, width, height, layout, g2 -> ServqualPainter.paint(g2, layout, style));
    }

    @Override
    public double preferredHeight(double width) {
        return Math.max(24 * style.s, width * 0.6);
    }

    @Override
    public Texts texts() {
        return style.texts;
    }

    /** The layout painted in a box of this size. */
    ServqualLayout layout(double width, double height) {
        return layouts.at(width, height);
    }

    /** Expectation, perception, and the gap colours the data has. */
    static List<LegendLayout.Entry> legend(ChartStyle s, List<DimensionBar> bars) {
        List<LegendLayout.Entry> entries = new ArrayList<>();
        entries.add(new LegendLayout.Entry(LegendLayout.Mark.BAR, ChartColours.EXPECTATION,
                s.texts.get("charts.servqual.expectation")));
        entries.add(new LegendLayout.Entry(LegendLayout.Mark.BAR, ChartColours.PERCEPTION,
                s.texts.get("charts.servqual.perception")));
        if (bars.stream().anyMatch(b -> b.gap() < 0)) {
            entries.add(new LegendLayout.Entry(LegendLayout.Mark.BAR, ChartColours.BELOW, s.texts.get("charts.servqual.below")));
        }
        if (bars.stream().anyMatch(b -> b.gap() >= 0)) {
            entries.add(new LegendLayout.Entry(LegendLayout.Mark.BAR, ChartColours.ABOVE, s.texts.get("charts.servqual.above")));
        }
        return entries;
    }
}
