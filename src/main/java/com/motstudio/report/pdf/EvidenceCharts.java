package com.motstudio.report.pdf;

import com.motstudio.method.KeyMomentAnalysis;
import com.motstudio.method.ServqualResult;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.Trait;
import com.motstudio.model.Workshop;
import com.motstudio.report.chart.ChartOptions;
import com.motstudio.report.chart.IpaChart;
import com.motstudio.report.chart.KanoChart;
import com.motstudio.report.chart.ScoreChart;
import com.motstudio.report.chart.ServqualChart;
import com.motstudio.text.Texts;

import java.util.Arrays;
import java.util.List;

/** The step-2 charts of a workshop as the report draws them: the same charts as the Key moments page, from the same figures. */
final class EvidenceCharts {
    private final Workshop workshop;
    private final KeyMomentAnalysis analysis;
    private final Texts texts;
    private final Names names;
    private final ChartOptions options;

    EvidenceCharts(Workshop workshop, KeyMomentAnalysis analysis, Texts texts, Names names) {
        this.workshop = workshop;
        this.analysis = analysis;
        this.texts = texts;
        this.names = names;
        this.options = ChartOptions.of(texts).untitled();
    }

    ScoreChart scores() {
        List<ScoreChart.Row> rows = analysis.ranking().stream().filter(r -> r.score().score() != null)
                .map(r -> new ScoreChart.Row(names.touchpoint(r.touchpointId()), r.score().score(), r.score().cells().stream()
                        .filter(c -> c.points() != null).map(c -> new ScoreChart.Segment(texts.of(c.trait()), c.points())).toList()))
                .toList();
        return new ScoreChart(new ScoreChart.Data(rows, Arrays.stream(Trait.values()).map(texts::of).toList()), options);
    }

    ServqualChart servqual() {
        ServqualResult s = analysis.servqual();
        return new ServqualChart(new ServqualChart.Data(s.dimensions().stream()
                .filter(d -> d.expectation() != null && d.perception() != null && d.gap() != null)
                .map(d -> new ServqualChart.DimensionBar(texts.of(d.dimension()), d.expectation(), d.perception(), d.gap())).toList(),
                s.scaleMin(), s.scaleMax()), options);
    }

    KanoChart kano() {
        return new KanoChart(new KanoChart.Data(analysis.kano().stream().filter(r -> r.better() != null && r.worse() != null)
                .map(r -> new KanoChart.Point(need(r.needId()), r.better(), Math.abs(r.worse()),
                        r.category() == null ? "" : texts.of(r.category()))).toList()), options);
    }

    IpaChart ipa() {
        List<IpaChart.Point> points = workshop.keyMoments().ipa().stream()
                .map(p -> new IpaChart.Point(names.touchpoint(p.touchpointId()), p.importance(), p.performance())).toList();
        // the scale of the scores as given: 1–5 unless they reach beyond it, as on the Key moments page
        double low = Math.min(1, Math.floor(points.stream().mapToDouble(p -> Math.min(p.importance(), p.performance())).min().orElse(1)));
        double high = Math.max(5, Math.ceil(points.stream().mapToDouble(p -> Math.max(p.importance(), p.performance())).max().orElse(5)));
        return new IpaChart(analysis.ipa().atDataMeans() ? IpaChart.Data.atMeans(points, low, high)
                : IpaChart.Data.atMidpoints(points, low, high), options);
    }

    String need(String needId) {
        return workshop.keyMoments().kano().needs().stream().filter(n -> n.id().equals(needId)).map(KanoNeed::name)
                .findFirst().orElse(needId);
    }
}
