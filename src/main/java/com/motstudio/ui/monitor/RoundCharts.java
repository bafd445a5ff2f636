package com.motstudio.ui.monitor;

import com.motstudio.model.ReviewRound;
import com.motstudio.model.Workshop;
import com.motstudio.report.chart.PairedBarChart;
import com.motstudio.text.Texts;

import java.util.List;
import java.util.Optional;

/** The round comparison of the Review rounds tab for another view (presentation mode): the first closed round against the last. */
public final class RoundCharts {
    private RoundCharts() {}

    /** The chart of scores and compliance, first round against last; empty with fewer than two closed rounds. */
    public static Optional<PairedBarChart.Data> firstToLast(Workshop w, Texts texts) {
        List<ReviewRound> rounds = w.monitoring().rounds();
        if (rounds.size() < 2) {
            return Optional.empty();
        }
        PairedBarChart.Data all = Comparisons.chart(w, rounds.getFirst(), rounds.getLast(), new MonitorNames(w, texts), texts);
        // a figure neither round recorded has no bars to show
        List<PairedBarChart.Row> measured = all.rows().stream().filter(r -> r.before() != null || r.after() != null).toList();
        return Optional.of(new PairedBarChart.Data(all.title(), all.beforeLabel(), all.afterLabel(), measured, all.max()));
    }
}
