package com.motstudio.report.chart;

import com.motstudio.method.monitor.KpiStatus;
import com.motstudio.model.Kpi;
import com.motstudio.model.Measurement;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * The trend chart of a KPI: its measurements by date, its baseline and its target as reference
 * lines. The same chart on the Monitor page and in the PDF report.
 */
public final class KpiTrends {
    private KpiTrends() {}

    public static TrendChart.Data of(KpiStatus status, Texts texts) {
        Kpi kpi = status.kpi();
        List<TrendChart.Point> points = new ArrayList<>();
        List<TrendChart.Tick> ticks = new ArrayList<>();
        for (Measurement m : status.series()) {
            points.add(new TrendChart.Point(m.date().toEpochDay(), m.value()));
            ticks.add(new TrendChart.Tick(m.date().toEpochDay(), m.date().toString()));
        }
        List<TrendChart.Reference> references = new ArrayList<>();
        if (kpi.baseline() != null) {
            references.add(new TrendChart.Reference(texts.format("monitor.chart.baseline", kpi.baseline()), kpi.baseline(), false));
        }
        if (kpi.target() != null) {
            references.add(new TrendChart.Reference(texts.format("monitor.chart.target", kpi.target()), kpi.target(), true));
        }
        String title = kpi.unit().isEmpty() ? kpi.name() : texts.format("monitor.chart.kpiTitle", kpi.name(), kpi.unit());
        return new TrendChart.Data(title, kpi.unit(), List.of(new TrendChart.Series(kpi.name(), points)), references,
                ticks, null, null);
    }
}
