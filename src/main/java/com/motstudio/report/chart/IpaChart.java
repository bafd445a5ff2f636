package com.motstudio.report.chart;

import com.motstudio.report.chart.ScatterSpec.Axis;
import com.motstudio.report.chart.ScatterSpec.Dot;
import com.motstudio.report.chart.ScatterSpec.Quadrant;
import com.motstudio.text.Texts;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Importance–performance analysis (Martilla &amp; James 1977) as a chart: performance across,
 * importance up, cross-hairs at the data means or the scale midpoints, the four quadrants
 * Concentrate here, Keep up the good work, Low priority and Possible overkill shaded and named.
 */
public final class IpaChart implements Chart {
    /** One touchpoint (or attribute): its label, already translated, and its two mean ratings. */
    public record Point(String label, double importance, double performance) {
        public Point {
            label = label == null ? "" : label;
        }
    }

    /** Where the cross-hairs were put, as the note under the chart says; FIXED: values the team chose. */
    public enum CrossAt { MEANS, MIDPOINTS, FIXED }

    /**
     * What the chart shows.
     *
     * @param crossPerformance where the quadrants split across
     * @param crossImportance  where they split up and down
     * @param scaleMin         the lowest rating on both scales
     * @param scaleMax         the highest
     */
    public record Data(List<Point> points, double crossPerformance, double crossImportance, double scaleMin,
                       double scaleMax, CrossAt crossAt) {
        public Data {
            points = List.copyOf(points);
            Objects.requireNonNull(crossAt, "crossAt");
            if (!(scaleMax > scaleMin)) {
                throw new IllegalArgumentException("scale " + scaleMin + "–" + scaleMax + " is empty");
            }
        }

        /** Cross-hairs at the means of the points' performance and importance (the midpoints when there are none). */
        public static Data atMeans(List<Point> points, double scaleMin, double scaleMax) {
            double mid = (scaleMin + scaleMax) / 2;
            double performance = points.stream().mapToDouble(Point::performance).average().orElse(mid);
            double importance = points.stream().mapToDouble(Point::importance).average().orElse(mid);
            return new Data(points, performance, importance, scaleMin, scaleMax, CrossAt.MEANS);
        }

        /** Cross-hairs at the middle of the scale on both axes. */
        public static Data atMidpoints(List<Point> points, double scaleMin, double scaleMax) {
            double mid = (scaleMin + scaleMax) / 2;
            return new Data(points, mid, mid, scaleMin, scaleMax, CrossAt.MIDPOINTS);
        }
    }

    private final ScatterChart chart;

    public IpaChart(Data data, ChartOptions options) {
        Objects.requireNonNull(data, "data");
        this.chart = new ScatterChart(options, texts -> spec(data, texts));
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        chart.paint(g, width, height);
    }

    @Override
    public double preferredHeight(double width) {
        return chart.preferredHeight(width);
    }

    @Override
    public Texts texts() {
        return chart.texts();
    }

    ScatterLayout layout(double width, double height) {
        return chart.layout(width, height);
    }

    private static ScatterSpec spec(Data data, Texts texts) {
        List<Quadrant> quadrants = List.of(
                new Quadrant(texts.get("charts.ipa.concentrate"), ChartColours.TINT_RED, ChartColours.NAME_RED),
                new Quadrant(texts.get("charts.ipa.keepUp"), ChartColours.TINT_GREEN, ChartColours.NAME_GREEN),
                new Quadrant(texts.get("charts.ipa.lowPriority"), ChartColours.TINT_GREY, ChartColours.NAME_GREY),
                new Quadrant(texts.get("charts.ipa.overkill"), ChartColours.TINT_AMBER, ChartColours.NAME_AMBER));
        double range = data.scaleMax() - data.scaleMin();
        double step = Ticks.step(range, 6);
        Axis axis = new Axis(data.scaleMin(), data.scaleMax(), step, Ticks.decimals(step));
        List<Dot> dots = new ArrayList<>();
        for (Point point : data.points()) {
            int quadrant = ScatterSpec.quadrantOf(point.performance(), point.importance(), data.crossPerformance(),
                    data.crossImportance());
            dots.add(new Dot(point.label(), point.label(), point.performance(), point.importance(),
                    quadrants.get(quadrant).ink()));
        }
        String note = switch (data.crossAt()) {
            case MEANS -> texts.format("charts.ipa.crossMeans", Ticks.format(data.crossPerformance(), 2),
                    Ticks.format(data.crossImportance(), 2));
            case MIDPOINTS -> texts.format("charts.ipa.crossMidpoints", Ticks.format(data.crossPerformance(), 1));
            case FIXED -> texts.format("charts.ipa.crossFixed", Ticks.format(data.crossPerformance(), 2),
                    Ticks.format(data.crossImportance(), 2));
        };
        return new ScatterSpec(texts.get("charts.ipa.title"), texts.get("charts.ipa.performance"),
                texts.get("charts.ipa.importance"), axis, axis, data.crossPerformance(), data.crossImportance(), quadrants,
                dots, List.of(), data.points().isEmpty() ? "" : note, texts.get("charts.ipa.empty"));
    }
}
