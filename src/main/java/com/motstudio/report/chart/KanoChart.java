package com.motstudio.report.chart;

import com.motstudio.report.chart.ScatterSpec.Axis;
import com.motstudio.report.chart.ScatterSpec.Dot;
import com.motstudio.report.chart.ScatterSpec.Quadrant;
import com.motstudio.text.Texts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * KANO evidence as a Better–Worse diagram (Berger et al. 1993): |Worse| across, Better up, both
 * 0–1, split into the four regions Attractive, One-dimensional, Must-be and Indifferent; each need
 * a point coloured by its most frequent category.
 */
public final class KanoChart implements Chart {
    /**
     * One need.
     *
     * @param label         already translated, any length
     * @param better        (A + O) / (A + O + M + I), 0–1
     * @param worse         −(O + M) / (A + O + M + I) as computed (negative) or its absolute value
     * @param categoryLabel the most frequent category, translated; blank to colour the point by region
     */
    public record Point(String label, double better, double worse, String categoryLabel) {
        public Point {
            label = label == null ? "" : label;
            categoryLabel = categoryLabel == null ? "" : categoryLabel;
        }
    }

    /**
     * What the chart shows.
     *
     * @param crossWorse  where the regions split across (0.5 unless the team chose otherwise)
     * @param crossBetter where they split up and down
     */
    public record Data(List<Point> points, double crossWorse, double crossBetter) {
        public Data {
            points = List.copyOf(points);
        }

        /** Regions split at 0.5 on both axes. */
        public Data(List<Point> points) {
            this(points, 0.5, 0.5);
        }
    }

    private final ScatterChart chart;

    public KanoChart(Data data, ChartOptions options) {
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
                new Quadrant(texts.get("charts.kano.attractive"), ChartColours.TINT_BLUE, ChartColours.NAME_BLUE),
                new Quadrant(texts.get("charts.kano.oneDimensional"), ChartColours.TINT_GREEN, ChartColours.NAME_GREEN),
                new Quadrant(texts.get("charts.kano.indifferent"), ChartColours.TINT_GREY, ChartColours.NAME_GREY),
                new Quadrant(texts.get("charts.kano.mustBe"), ChartColours.TINT_RED, ChartColours.NAME_RED));
        Map<String, Color> categories = new LinkedHashMap<>();
        for (Point point : data.points()) {
            if (!point.categoryLabel().isBlank()) {
                categories.computeIfAbsent(point.categoryLabel(), c -> colourOf(c, quadrants, categories.size()));
            }
        }
        Axis axis = new Axis(0, 1, 0.1, 1);
        List<Dot> dots = new ArrayList<>();
        for (Point point : data.points()) {
            double worse = Math.abs(point.worse());
            Color colour = categories.getOrDefault(point.categoryLabel(),
                    quadrants.get(ScatterSpec.quadrantOf(worse, point.better(), data.crossWorse(), data.crossBetter())).ink());
            String key = point.categoryLabel().isBlank() ? point.label() : point.label() + " \u00b7 " + point.categoryLabel();
            dots.add(new Dot(point.label(), key, worse, point.better(), colour));
        }
        List<LegendLayout.Entry> legend = new ArrayList<>();
        if (!categories.isEmpty()) {
            legend.add(new LegendLayout.Entry(LegendLayout.Mark.NONE, ChartColours.MUTED, texts.get("charts.kano.category")));
            List<Color> inks = List.of(ChartColours.NAME_BLUE, ChartColours.NAME_GREEN, ChartColours.NAME_RED,
                    ChartColours.NAME_GREY); // A, O, M, I: the usual order
            categories.entrySet().stream()
                    .sorted(Comparator.comparingInt(e -> inks.contains(e.getValue()) ? inks.indexOf(e.getValue()) : 4))
                    .forEach(e -> legend.add(new LegendLayout.Entry(LegendLayout.Mark.DOT, e.getValue(), e.getKey())));
        }
        return new ScatterSpec(texts.get("charts.kano.title"), texts.get("charts.kano.worse"),
                texts.get("charts.kano.better"), axis, axis, data.crossWorse(), data.crossBetter(), quadrants, dots, legend,
                "", texts.get("charts.kano.empty"));
    }

    /**
     * A category's colour: the ink of the region of the same name ("Must-be" and "Must-be (M)" alike),
     * so a need whose category differs from its region stands out; a series colour for the others.
     */
    private static Color colourOf(String category, List<Quadrant> quadrants, int index) {
        String name = category.strip().toLowerCase(Locale.ROOT);
        for (Quadrant quadrant : quadrants) {
            String region = quadrant.name().strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && (name.startsWith(region) || region.startsWith(name))) {
                return quadrant.ink();
            }
        }
        return ChartColours.series(index + 4); // past the first four, which resemble the regions' inks
    }
}
