package com.motstudio.ui.monitor;

import com.motstudio.report.chart.PairedBarChart;
import com.motstudio.report.chart.TrendChart;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Monitor page's charts told in one sentence each: their text alternative for screen readers
 * and their tooltip. The sentence names the chart and gives its figures, the first few in full.
 */
final class ChartSummaries {
    /** Items named one by one; more are counted. */
    static final int LISTED = 6;
    private final Texts texts;

    ChartSummaries(Texts texts) {
        this.texts = texts;
    }

    /** Bars of two rounds side by side, or of one round when there is only one. */
    String paired(PairedBarChart.Data data) {
        if (data.rows().isEmpty()) {
            return texts.format("monitor.chart.none", data.title());
        }
        if (data.beforeLabel().isBlank()) {
            return texts.format("monitor.chart.single", data.title(), data.afterLabel(),
                    listed(data.rows(), r -> texts.format("monitor.chart.one", r.label(), value(r.after(), ""))));
        }
        return texts.format("monitor.chart.paired", data.title(), data.beforeLabel(), data.afterLabel(),
                listed(data.rows(), r -> texts.format("monitor.chart.pair", r.label(), value(r.before(), ""), value(r.after(), ""))));
    }

    /** Lines over time: each line from its first value to its last, and the reference lines. */
    String trend(TrendChart.Data data) {
        List<TrendChart.Series> lines = data.series().stream().filter(s -> !s.points().isEmpty()).toList();
        if (lines.isEmpty()) {
            return texts.format("monitor.chart.none", data.title());
        }
        String unit = data.unit() == null ? "" : data.unit();
        String said = listed(lines, s -> s.points().size() == 1
                ? texts.format("monitor.chart.one", s.label(), value(s.points().getFirst().y(), unit)).strip()
                : texts.format("monitor.chart.series", s.label(), value(s.points().getFirst().y(), unit),
                        value(s.points().getLast().y(), unit), s.points().size()).strip());
        if (!data.references().isEmpty()) {
            // a reference line's label carries its value ("Target 2"), as on the chart
            said += texts.get("monitor.chart.separator") + listed(data.references(), TrendChart.Reference::label);
        }
        return texts.format("monitor.chart.trend", data.title(), said);
    }

    private <T> String listed(List<T> items, Function<T, String> told) {
        List<String> parts = new ArrayList<>();
        items.stream().limit(LISTED).map(told).forEach(parts::add);
        if (items.size() > LISTED) {
            parts.add(texts.format("monitor.chart.more", items.size() - LISTED));
        }
        return String.join(texts.get("monitor.chart.separator"), parts);
    }

    private String value(Double number, String unit) {
        return number == null ? texts.get("monitor.chart.noValue") : texts.format("monitor.chart.value", number, unit).strip();
    }
}
