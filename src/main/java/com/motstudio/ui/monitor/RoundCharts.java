package com.motstudio.ui.monitor;

import com.motstudio.method.monitor.RoundComparison;
import com.motstudio.method.monitor.RoundComparison.Kind;
import com.motstudio.method.monitor.Verdict;
import com.motstudio.model.ReviewRound;
import com.motstudio.model.Workshop;
import com.motstudio.report.chart.PairedBarChart;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The round comparison of the Review rounds tab for another view (presentation mode): the first
 * closed round against the last, as its chart and as the totals the chart leaves out.
 */
public final class RoundCharts {
    /** A figure as the tab's table writes it: what, before, after, change, and how it moved. */
    public record Figure(String figure, String before, String after, String change, Verdict verdict) {}

    private static final Set<Kind> TOTALS = Set.of(Kind.KPI, Kind.FEEDBACK, Kind.BAD_REVIEWS, Kind.OVERDUE);

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

    /** The KPIs, feedback, bad reviews and overdue follow-ups of the first round against the last; empty with fewer than two. */
    public static List<Figure> totals(Workshop w, Texts texts) {
        List<ReviewRound> rounds = w.monitoring().rounds();
        if (rounds.size() < 2) {
            return List.of();
        }
        ReviewRound first = rounds.getFirst();
        ReviewRound last = rounds.getLast();
        // the tab's lines leave out the same figures as these rows (recorded in neither round), in the same order
        List<RoundComparison.Row> rows = RoundComparison.of(w, first, last).stream()
                .filter(r -> r.before() != null || r.after() != null).toList();
        List<Comparisons.Line> lines = Comparisons.lines(w, first, last, new MonitorNames(w, texts), texts);
        List<Figure> totals = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Comparisons.Line l = lines.get(i);
            if (TOTALS.contains(rows.get(i).kind())) {
                totals.add(new Figure(l.figure(), l.before(), l.after(), l.change(), l.verdict()));
            }
        }
        return totals;
    }
}
