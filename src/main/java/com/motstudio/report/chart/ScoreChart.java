package com.motstudio.report.chart;

import com.motstudio.text.Texts;

import java.awt.Graphics2D;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The ranking of touchpoints by moment-of-truth score (0–100) as horizontal bars, highest first,
 * each bar split into the weighted contribution of each trait so the score explains itself.
 */
public final class ScoreChart implements Chart {
    /** One trait's weighted contribution to a score, in score points. */
    public record Segment(String label, double points) {
        public Segment {
            label = label == null ? "" : label;
        }
    }

    /**
     * One touchpoint.
     *
     * @param label    already translated, any length
     * @param total    its score, 0–100
     * @param segments its contributions, summing to the total; matched to the legend by label
     */
    public record Row(String label, double total, List<Segment> segments) {
        public Row {
            label = label == null ? "" : label;
            segments = List.copyOf(segments);
        }
    }

    /**
     * What the chart shows.
     *
     * @param rows          in any order; the chart ranks them by total, highest first
     * @param segmentLabels the traits in legend order, each with its colour
     * @param top           how many rows at most are shown
     */
    public record Data(List<Row> rows, List<String> segmentLabels, int top) {
        public static final int DEFAULT_TOP = 10;

        public Data {
            rows = rows.stream().sorted(Comparator.comparingDouble(Row::total).reversed()).toList();
            segmentLabels = List.copyOf(segmentLabels);
            if (top < 1) {
                throw new IllegalArgumentException("top " + top + " shows nothing");
            }
        }

        public Data(List<Row> rows, List<String> segmentLabels) {
            this(rows, segmentLabels, DEFAULT_TOP);
        }

        /** The rows shown: the first {@code top} by total. */
        public List<Row> shown() {
            return rows.subList(0, Math.min(top, rows.size()));
        }
    }

    private final ChartStyle style;
    private final Remembered<ScoreLayout> layouts;

    public ScoreChart(Data data, ChartOptions options) {
        Objects.requireNonNull(data, "data");
        this.style = new ChartStyle(options);
        this.layouts = new Remembered<>(24 * style.s, 12 * style.s, (w, h) -> new ScoreLayout(data, style, w, h));
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        ScoreLayout layout = layout(width, height);
        Fit.paint(g, width, height, layout, g2 -> ScorePainter.paint(g2, layout, style));
    }

    /** As tall as the shown rows need at full text size, no taller. */
    @Override
    public double preferredHeight(double width) {
        ScoreLayout tall = layouts.once(width, 100_000);
        return Math.ceil(tall.fits() ? tall.used : Math.max(16 * style.s, width * 0.6));
    }

    @Override
    public Texts texts() {
        return style.texts;
    }

    ScoreLayout layout(double width, double height) {
        return layouts.at(width, height);
    }
}
