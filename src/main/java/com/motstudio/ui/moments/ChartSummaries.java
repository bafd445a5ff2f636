package com.motstudio.ui.moments;

import com.motstudio.report.chart.IpaChart;
import com.motstudio.report.chart.KanoChart;
import com.motstudio.report.chart.ScoreChart;
import com.motstudio.report.chart.ServqualChart;
import com.motstudio.text.Texts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The Evidence tab's charts told in one sentence each: their text alternative for screen readers and tooltips. */
final class ChartSummaries {
    private final Texts texts;

    ChartSummaries(Texts texts) {
        this.texts = texts;
    }

    String scores(ScoreChart.Data data) {
        if (data.rows().isEmpty()) {
            return texts.get("moments.chart.scores.none");
        }
        ScoreChart.Row top = data.rows().stream().max(Comparator.comparingDouble(ScoreChart.Row::total)).orElseThrow();
        ScoreChart.Row low = data.rows().stream().min(Comparator.comparingDouble(ScoreChart.Row::total)).orElseThrow();
        return texts.format("moments.chart.scores", data.rows().size(), top.total(), top.label(), low.total(), low.label());
    }

    String servqual(ServqualChart.Data data) {
        if (data.dimensions().isEmpty()) {
            return texts.get("moments.chart.servqual.none");
        }
        ServqualChart.DimensionBar widest = data.dimensions().stream().min(Comparator.comparingDouble(ServqualChart.DimensionBar::gap))
                .orElseThrow();
        return texts.format("moments.chart.servqual", data.dimensions().size(), widest.gap(), widest.label());
    }

    String kano(KanoChart.Data data) {
        if (data.points().isEmpty()) {
            return texts.get("moments.chart.kano.none");
        }
        Map<String, Long> byCategory = data.points().stream().filter(p -> !p.categoryLabel().isEmpty())
                .collect(Collectors.groupingBy(KanoChart.Point::categoryLabel, TreeMap::new, Collectors.counting()));
        String counts = byCategory.entrySet().stream().map(e -> texts.format("moments.chart.kano.count", e.getKey(), e.getValue()))
                .collect(Collectors.joining(texts.get("moments.chart.separator")));
        return texts.format("moments.chart.kano", data.points().size(), counts);
    }

    String ipa(IpaChart.Data data) {
        List<IpaChart.Point> points = data.points();
        if (points.isEmpty()) {
            return texts.get("moments.chart.ipa.none");
        }
        List<String> concentrate = points.stream()
                .filter(p -> p.importance() >= data.crossImportance() && p.performance() < data.crossPerformance())
                .map(IpaChart.Point::label).toList();
        return texts.format("moments.chart.ipa", points.size(), concentrate.size(),
                concentrate.isEmpty() ? "" : String.join(texts.get("moments.chart.separator"), concentrate));
    }
}
