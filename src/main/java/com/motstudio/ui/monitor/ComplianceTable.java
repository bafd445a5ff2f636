package com.motstudio.ui.monitor;

import com.motstudio.method.monitor.Compliance;
import com.motstudio.method.monitor.Rate;
import com.motstudio.method.monitor.RoundPeriods;
import com.motstudio.model.Audit;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Workshop;
import com.motstudio.report.chart.TrendChart;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compliance round by round for one way of grouping (item, standard, counter or moment): a row per
 * subject, a column per round (the open round last), computed from the audits dated in each round.
 */
final class ComplianceTable {
    enum Grouping { ITEM, STANDARD, COUNTER, MOMENT }

    record Row(String subject, List<Rate> rates) {}

    final List<String> columns = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();

    ComplianceTable(Workshop w, Grouping grouping, MonitorNames names, Texts texts) {
        RoundPeriods periods = new RoundPeriods(w.monitoring().rounds());
        List<Compliance> each = new ArrayList<>();
        for (RoundPeriods.Period p : periods.all()) {
            List<Audit> audits = periods.within(p, w.monitoring().audits(), Audit::date);
            if (p.round() == null && audits.isEmpty() && !each.isEmpty()) {
                continue; // an open round with nothing in it yet adds an empty column
            }
            columns.add(p.round() == null ? texts.get("monitor.round.open") : p.round().name());
            each.add(new Compliance(w.plan().standards(), audits));
        }
        Map<String, String> subjects = new LinkedHashMap<>();
        switch (grouping) {
            case ITEM -> w.plan().standards().forEach(s -> s.items().forEach(i -> subjects.put(i.id(), i.behaviour())));
            case STANDARD -> w.plan().standards().forEach(s -> subjects.put(s.id(), s.title()));
            case MOMENT -> w.plan().standards().stream().map(ServiceStandard::momentId).distinct()
                    .forEach(m -> subjects.put(m, names.of(m)));
            case COUNTER -> {
                Set<String> counters = new LinkedHashSet<>();
                each.forEach(c -> counters.addAll(c.counters().keySet()));
                counters.forEach(c -> subjects.put(c, c));
            }
        }
        subjects.forEach((id, label) -> {
            List<Rate> rates = new ArrayList<>();
            for (Compliance c : each) {
                rates.add(switch (grouping) {
                    case ITEM -> c.item(id);
                    case STANDARD -> c.standard(id);
                    case MOMENT -> c.moment(id);
                    case COUNTER -> c.counters().getOrDefault(id, Rate.NONE);
                });
            }
            rows.add(new Row(label, rates));
        });
    }

    /** The rows as lines over the rounds, for the chart (rounds numbered 1, 2 …). */
    TrendChart.Data chart(String title) {
        List<TrendChart.Series> series = new ArrayList<>();
        for (Row row : rows) {
            List<TrendChart.Point> points = new ArrayList<>();
            for (int i = 0; i < row.rates().size(); i++) {
                Double p = row.rates().get(i).percent();
                if (p != null) {
                    points.add(new TrendChart.Point(i + 1, p));
                }
            }
            series.add(new TrendChart.Series(row.subject(), points));
        }
        List<TrendChart.Tick> ticks = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ticks.add(new TrendChart.Tick(i + 1, columns.get(i)));
        }
        return new TrendChart.Data(title, "%", series, List.of(), ticks, 0.0, 100.0);
    }

    /** The checklist items failing most often over all audits, with their failures and compliance. */
    static List<String> failingMost(Workshop w, MonitorNames names, Texts texts, int most) {
        Compliance all = new Compliance(w.plan().standards(), w.monitoring().audits());
        Map<String, ChecklistItem> items = new LinkedHashMap<>();
        w.plan().standards().forEach(s -> s.items().forEach(i -> items.put(i.id(), i)));
        return all.failingMost().stream().limit(most).map(id -> texts.format("monitor.compliance.failing",
                names.of(id), all.item(id).fail(), all.item(id).checked(), names.percent(all.item(id).percent()))).toList();
    }
}
