package com.motstudio.report.pdf;

import com.motstudio.method.IpaCrossHairs;
import com.motstudio.method.KanoNeedResult;
import com.motstudio.method.KeyMomentAnalysis;
import com.motstudio.method.PeakEndResult;
import com.motstudio.method.RankedTouchpoint;
import com.motstudio.method.ServqualResult;
import com.motstudio.method.TraitCell;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Trait;
import com.motstudio.model.Workshop;
import com.motstudio.report.chart.Chart;
import com.motstudio.text.Texts;
import org.openpdf.text.pdf.PdfOutline;

import java.util.ArrayList;
import java.util.List;

/**
 * The workshop report: the action plan's chapters around the journey map, the emotion curves, the
 * scoring with its breakdown, the survey evidence (SERVQUAL, KANO, IPA) and, where there is data, monitoring.
 */
final class ReportChapters {
    private final Pages pages;
    private final Workshop workshop;
    private final Texts t;
    private final Names names;
    private final KeyMomentAnalysis analysis;
    private final EvidenceCharts charts;

    ReportChapters(Pages pages, Workshop workshop) {
        this.pages = pages;
        this.workshop = workshop;
        this.t = pages.texts;
        this.names = new Names(workshop);
        this.analysis = KeyMomentAnalysis.of(workshop, IpaCrossHairs.dataMeans());
        this.charts = new EvidenceCharts(workshop, analysis, t, names);
    }

    void write(String name) {
        Cover.write(pages, name, workshop.info());
        ActionPlanChapters plan = new ActionPlanChapters(pages, workshop);
        plan.summary();
        pages.step(0.1);
        MapPages.write(pages, workshop, workshop.customerTypes().stream().limit(2).map(CustomerType::id).toList(),
                t.get("export.report.map"));
        pages.step(0.2);
        curves();
        scoring();
        evidence();
        pages.step(0.4);
        plan.moments();
        plan.perMoment();
        plan.timeline();
        pages.step(0.8);
        new MonitoringChapter(pages, workshop).write();
        plan.signOff();
    }

    private void curves() {
        pages.chapter(t.get("export.report.curves"), pages.options.landscape());
        List<CustomerType> types = workshop.customerTypes();
        pages.drawing(new CurveChart(workshop.journey().stages(), types, t), pages.width(), 200);
        Table table = new Table(List.of(t.get("export.col.customerType"), t.get("export.col.peak"), t.get("export.col.end"),
                t.get("export.col.remembered"), t.get("export.col.scored")), 2, 3, 3, 1.3f, 1);
        analysis.curves().forEach(curve -> {
            PeakEndResult r = curve.peakEnd();
            String type = types.stream().filter(c -> c.id().equals(curve.customerTypeId())).map(CustomerType::name).findFirst().orElse("");
            if (r != null && r.scored() > 0) {
                table.row(type, point(r.peak()), point(r.end()), Format.number(t, r.remembered()), String.valueOf(r.scored()));
            }
        });
        pages.table(table, t.get("export.report.noEmotions"));
    }

    private String point(PeakEndResult.CurvePoint p) {
        return p == null ? "" : t.format("export.report.point", names.touchpoint(p.touchpointId()), p.score());
    }

    private void scoring() {
        PdfOutline chapter = pages.chapter(t.get("export.report.scoring"), true);
        chart(charts.scores());
        pages.section(chapter, t.get("export.report.breakdown"));
        List<String> headers = new ArrayList<>(List.of(t.get("export.col.rank"), t.get("export.col.touchpoint"), t.get("export.col.score")));
        for (Trait trait : Trait.values()) {
            headers.add(t.of(trait));
        }
        headers.add(t.get("export.col.raters"));
        float[] widths = {0.7f, 3, 1, 1, 1, 1, 1, 1, 1, 0.9f};
        Table table = new Table(headers, widths);
        for (RankedTouchpoint r : analysis.ranking()) {
            if (r.score().score() == null) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(String.valueOf(r.rank()), names.touchpoint(r.touchpointId()),
                    Format.number(t, r.score().score())));
            for (TraitCell cell : r.score().cells()) {
                row.add(cell.mean() == null ? t.get("export.none")
                        : t.format("export.report.cell", cell.mean(), cell.points() == null ? 0.0 : cell.points()));
            }
            row.add(String.valueOf(r.score().raters()));
            table.row(row);
        }
        pages.note(t.get("export.report.cellKey"));
        pages.table(table, t.get("export.report.noScores"));
    }

    private void evidence() {
        PdfOutline chapter = pages.chapter(t.get("export.report.evidence"));
        ServqualResult s = analysis.servqual();
        pages.section(chapter, t.get("export.report.servqual"), chartHeight(charts.servqual()));
        if (s.respondents() == 0) {
            pages.note(t.get("export.report.noServqual"));
        } else {
            pages.text(t.format("export.report.servqualSummary", s.respondents(), Format.number(t, s.gap().unweighted()),
                    Format.number(t, s.gap().weighted())));
            chart(charts.servqual());
            Table table = new Table(List.of(t.get("export.col.dimension"), t.get("export.col.expectation"),
                    t.get("export.col.perception"), t.get("export.col.gap"), t.get("export.col.weight")), 3, 1.2f, 1.2f, 1.2f, 1.2f);
            s.dimensions().forEach(d -> table.row(t.of(d.dimension()), Format.number(t, d.expectation()),
                    Format.number(t, d.perception()), Format.number(t, d.gap()), Format.number(t, d.weight())));
            pages.table(table, "");
        }
        pages.section(chapter, t.get("export.report.kano"), chartHeight(charts.kano()));
        if (analysis.kano().isEmpty()) {
            pages.note(t.get("export.report.noKano"));
        } else {
            chart(charts.kano());
            Table table = new Table(List.of(t.get("export.col.need"), "A", "O", "M", "I", "R", "Q", t.get("export.col.category"),
                    t.get("export.col.better"), t.get("export.col.worse")), 3, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 1.6f, 1, 1);
            for (KanoNeedResult k : analysis.kano()) {
                var c = k.counts();
                table.row(charts.need(k.needId()), String.valueOf(c.attractive()), String.valueOf(c.oneDimensional()),
                        String.valueOf(c.mustBe()), String.valueOf(c.indifferent()), String.valueOf(c.reverse()),
                        String.valueOf(c.questionable()), k.category() == null ? "" : t.of(k.category()),
                        Format.number(t, k.better()), Format.number(t, k.worse()));
            }
            pages.table(table, "");
        }
        pages.section(chapter, t.get("export.report.ipa"), chartHeight(charts.ipa()));
        if (analysis.ipa().points().isEmpty()) {
            pages.note(t.get("export.report.noIpa"));
        } else {
            chart(charts.ipa());
            Table table = new Table(List.of(t.get("export.col.touchpoint"), t.get("export.col.importance"),
                    t.get("export.col.performance"), t.get("export.col.quadrant")), 3, 1.2f, 1.2f, 2.4f);
            analysis.ipa().points().forEach(p -> table.row(names.touchpoint(p.touchpointId()), Format.number(t, p.importance()),
                    Format.number(t, p.performance()), t.of(p.quadrant())));
            pages.table(table, "");
        }
    }

    private void chart(Chart chart) {
        pages.drawing(chart::paint, pages.width(), chartHeight(chart));
    }

    private float chartHeight(Chart chart) {
        return (float) Math.min(chart.preferredHeight(pages.width()), pages.height() * 0.6);
    }
}
