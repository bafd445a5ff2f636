package com.motstudio.ui.present;

import com.motstudio.method.KeyMomentAnalysis;
import com.motstudio.method.monitor.KpiStatus;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.Workshop;
import com.motstudio.report.BundledFont;
import com.motstudio.report.chart.Chart;
import com.motstudio.report.chart.ChartOptions;
import com.motstudio.report.chart.KpiTrends;
import com.motstudio.report.chart.PairedBarChart;
import com.motstudio.report.chart.ScoreChart;
import com.motstudio.report.chart.TrendChart;
import com.motstudio.report.map.JourneyMap;
import com.motstudio.report.map.MapLayout;
import com.motstudio.report.map.MapOptions;
import com.motstudio.report.pdf.CurveChart;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.ChartCanvas;
import com.motstudio.ui.monitor.RoundCharts;

import java.util.Arrays;
import java.util.List;

/**
 * The slides' pictures, drawn by the same charts and map as the pages and the report, with the
 * room's type size: the slide's title is written above them, so the charts leave out their own.
 */
final class SlideCharts {
    /** How many touchpoints the ranking chart shows: the top ones, read from the back of a room. */
    private static final int RANKED = 8;
    /** The type size of the report's emotion-curve chart (made for paper): it is magnified to the room's size. */
    private static final double CURVE_PAPER_TYPE = 7.5;
    /** How much a short chart may be magnified to fill its slide. */
    static final double MAX_GROWTH = 1.6;

    private final Texts texts;
    private final float size;

    /** Charts in one language whose texts are {@code size} pixels high. */
    SlideCharts(Texts texts, float size) {
        this.texts = texts;
        this.size = size;
    }

    /** The map with the emotion curves of up to two customer types that have scores. */
    JourneyMap map(MapLayout layout, Workshop w) {
        List<String> types = w.customerTypes().stream().map(CustomerType::id)
                .filter(id -> w.journey().touchpoints().stream().anyMatch(t -> t.emotionOf(id).isPresent())).limit(2).toList();
        return layout.layout(w, MapOptions.of(texts, types));
    }

    /** Every customer type's curve with its peak ringed and its end marked, its text at the room's size. */
    ChartCanvas.Painter curves(Workshop w) {
        List<CustomerType> types = w.customerTypes().stream()
                .filter(c -> w.journey().touchpoints().stream().anyMatch(t -> t.emotionOf(c.id()).isPresent())).toList();
        CurveChart chart = new CurveChart(w.journey().stages(), types, texts);
        return (g, width, height) -> {
            double zoom = size / CURVE_PAPER_TYPE;
            g.scale(zoom, zoom);
            chart.paint(g, width / zoom, height / zoom);
        };
    }

    /**
     * Paints a chart filling the slide: a chart shorter than the slide (a ranking of eight rows)
     * is magnified, text and all, up to {@link #MAX_GROWTH} times, so the room reads it.
     */
    static ChartCanvas.Painter filling(Chart chart) {
        return (g, width, height) -> {
            double zoom = 1;
            for (int i = 0; i < 3; i++) { // the height wanted depends on the width left: settles in a step or two
                zoom = Math.clamp(height / chart.preferredHeight(width / zoom), 1, MAX_GROWTH);
            }
            g.scale(zoom, zoom);
            chart.paint(g, width / zoom, height / zoom);
        };
    }

    ScoreChart ranking(Workshop w, KeyMomentAnalysis analysis) {
        List<ScoreChart.Row> rows = analysis.ranking().stream().filter(r -> r.score().score() != null)
                .map(r -> new ScoreChart.Row(w.journey().touchpoint(r.touchpointId()).map(Touchpoint::name).orElse(r.touchpointId()),
                        r.score().score(), r.score().cells().stream().filter(c -> c.points() != null)
                        .map(c -> new ScoreChart.Segment(texts.of(c.trait()), c.points())).toList()))
                .toList();
        return new ScoreChart(new ScoreChart.Data(rows, Arrays.stream(Trait.values()).map(texts::of).toList(), RANKED),
                options().untitled());
    }

    /** Scores and compliance, first round against last; empty when the rounds recorded neither. */
    java.util.Optional<PairedBarChart> rounds(Workshop w) {
        return RoundCharts.firstToLast(w, texts).filter(d -> !d.rows().isEmpty())
                .map(d -> new PairedBarChart(d, options().untitled()));
    }

    /** One trend chart per KPI, each titled with its KPI's name. */
    List<TrendChart> kpis(List<KpiStatus> page) {
        return page.stream().map(s -> new TrendChart(KpiTrends.of(s, texts), options())).toList();
    }

    private ChartOptions options() {
        return new ChartOptions(texts, BundledFont.of(size), true);
    }
}
