package com.motstudio.ui.monitor;

import com.motstudio.method.monitor.RoundComparison;
import com.motstudio.method.monitor.RoundComparison.Kind;
import com.motstudio.method.monitor.RoundComparison.Row;
import com.motstudio.method.monitor.Verdict;
import com.motstudio.model.ReviewRound;
import com.motstudio.model.Workshop;
import com.motstudio.report.chart.PairedBarChart;
import com.motstudio.text.Texts;

import java.util.List;

/** Two rounds compared, as the page's table rows and as the chart of scores and compliance. */
final class Comparisons {
    /** A row as shown: what, before, after, change, verdict. */
    record Line(String figure, String before, String after, String change, Verdict verdict) {}

    private Comparisons() {}

    static List<Line> lines(Workshop w, ReviewRound a, ReviewRound b, MonitorNames names, Texts texts) {
        return RoundComparison.of(w, a, b).stream().filter(r -> r.before() != null || r.after() != null)
                .map(r -> new Line(figure(r, names, texts), value(r.kind(), r.before(), names), value(r.kind(), r.after(), names),
                        r.change() == null ? "" : texts.format("monitor.compare.change", r.change()), r.verdict()))
                .toList();
    }

    static String figure(Row r, MonitorNames names, Texts texts) {
        String kind = texts.get("monitor.compare.kind." + r.kind().name());
        return r.subjectId().isEmpty() ? kind : texts.format("monitor.compare.figure", kind, names.of(r.subjectId()));
    }

    private static String value(Kind kind, Double v, MonitorNames names) {
        if (v == null) {
            return "";
        }
        return switch (kind) {
            case COMPLIANCE, STANDARD, MOMENT, ITEM -> names.percent(v);
            case FEEDBACK, BAD_REVIEWS, OVERDUE -> String.valueOf(Math.round(v));
            default -> names.number(v);
        };
    }

    /** Moment scores and compliance per moment (both 0–100) before and after. */
    static PairedBarChart.Data chart(Workshop w, ReviewRound a, ReviewRound b, MonitorNames names, Texts texts) {
        List<PairedBarChart.Row> rows = RoundComparison.of(w, a, b).stream()
                .filter(r -> r.kind() == Kind.SCORE || r.kind() == Kind.MOMENT || r.kind() == Kind.COMPLIANCE)
                .map(r -> new PairedBarChart.Row(figure(r, names, texts), r.before(), r.after(),
                        r.verdict() == Verdict.IMPROVED ? Boolean.TRUE : r.verdict() == Verdict.WORSE ? Boolean.FALSE : null))
                .toList();
        return new PairedBarChart.Data(texts.get("monitor.compare.chartTitle"), a.name(), b.name(), rows, 100);
    }
}
