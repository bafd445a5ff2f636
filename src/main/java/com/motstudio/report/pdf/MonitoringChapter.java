package com.motstudio.report.pdf;

import com.motstudio.method.monitor.FollowUps;
import com.motstudio.method.monitor.KpiStatus;
import com.motstudio.method.monitor.Rate;
import com.motstudio.model.Audit;
import com.motstudio.model.Feedback;
import com.motstudio.model.FeedbackChannel;
import com.motstudio.model.Kpi;
import com.motstudio.model.Measurement;
import com.motstudio.model.Monitoring;
import com.motstudio.model.ReviewRound;
import com.motstudio.model.Workshop;
import com.motstudio.report.BundledFont;
import com.motstudio.report.chart.ChartOptions;
import com.motstudio.report.chart.KpiTrends;
import com.motstudio.report.chart.TrendChart;
import com.motstudio.text.Texts;
import org.openpdf.text.pdf.PdfOutline;

import java.util.List;
import java.util.Optional;

/** The report's monitoring chapter, with the figures of step 4's methods (as the Monitor page shows them), printed only where there is data: KPI trends, audit compliance, feedback and review rounds. */
final class MonitoringChapter {
    private static final float TREND_HEIGHT = 130;
    /** The trend charts' text size: two charts side by side on a portrait page. */
    private static final float TREND_TEXT = 7f;

    private final Pages pages;
    private final Workshop workshop;
    private final Monitoring monitoring;
    private final Texts t;

    MonitoringChapter(Pages pages, Workshop workshop) {
        this.pages = pages;
        this.workshop = workshop;
        this.monitoring = workshop.monitoring();
        this.t = pages.texts;
    }

    void write() {
        Monitoring m = monitoring;
        if (m.measurements().isEmpty() && m.audits().isEmpty() && m.feedback().isEmpty() && m.rounds().isEmpty()) {
            return;
        }
        PdfOutline chapter = pages.chapter(t.get("export.monitoring"));
        pages.note(t.get("export.monitoring.intro"));
        if (!m.measurements().isEmpty()) {
            kpis(chapter);
        }
        if (!m.audits().isEmpty()) {
            audits(chapter);
        }
        if (!m.feedback().isEmpty()) {
            feedback(chapter);
        }
        if (!m.rounds().isEmpty()) {
            rounds(chapter);
        }
    }

    private void kpis(PdfOutline chapter) {
        pages.section(chapter, t.get("export.monitoring.kpis"));
        Table table = new Table(List.of(t.get("export.col.kpi"), t.get("export.col.baseline"), t.get("export.col.latest"),
                t.get("export.col.target"), t.get("export.col.onTarget")), 3, 1.2f, 2, 1.2f, 1.3f);
        // the same status as the Monitor page and analyze give, judged on the document's date
        List<KpiStatus> statuses = workshop.plan().kpis().stream()
                .map(kpi -> KpiStatus.of(kpi, monitoring.measurements(), pages.options.date())).toList();
        for (KpiStatus status : statuses) {
            Kpi kpi = status.kpi();
            Optional<Measurement> latest = status.series().isEmpty() ? Optional.empty() : Optional.of(status.series().getLast());
            String value = latest.map(v -> t.format("export.monitoring.valueOn", Format.number(t, v.value()), Format.date(v.date())))
                    .orElse(t.get("export.none"));
            table.row(kpi.name(), Format.number(t, kpi.baseline()), value, Format.number(t, kpi.target()),
                    t.get("monitor.kpiState." + status.state().name()));
        }
        pages.table(table, "");
        List<KpiStatus> measured = statuses.stream().filter(s -> !s.series().isEmpty()).toList();
        float gap = 14;
        float w = (pages.width() - gap) / 2;
        for (int i = 0; i < measured.size(); i += 2) {
            TrendChart left = trend(measured.get(i));
            TrendChart right = i + 1 < measured.size() ? trend(measured.get(i + 1)) : null;
            pages.drawing((g, width, height) -> {
                left.paint(g, w, height);
                if (right != null) {
                    g.translate(w + gap, 0);
                    right.paint(g, w, height);
                }
            }, pages.width(), TREND_HEIGHT);
        }
    }

    /** The Monitor page's trend chart of a KPI, at the size of half a page's width. */
    private TrendChart trend(KpiStatus status) {
        return new TrendChart(KpiTrends.of(status, t), new ChartOptions(t, BundledFont.of(TREND_TEXT), true));
    }

    private void audits(PdfOutline chapter) {
        pages.section(chapter, t.get("export.monitoring.audits"));
        Rate all = monitoring.audits().stream().map(Rate::of).reduce(Rate.NONE, Rate::plus);
        if (all.percent() != null) {
            pages.text(t.format("export.monitoring.overall", all.percent() / 100, monitoring.audits().size()));
        }
        Table table = new Table(List.of(t.get("export.col.date"), t.get("export.col.location"), t.get("export.col.counter"),
                t.get("export.col.auditor"), t.get("export.col.passed"), t.get("export.col.compliance")), 1.4f, 2, 1.4f, 1.4f, 1, 1.2f);
        for (Audit audit : monitoring.audits()) {
            Rate rate = Rate.of(audit);
            table.row(Format.date(audit.date()), audit.location(), audit.counter(), audit.auditor(),
                    t.format("export.monitoring.passOf", rate.pass(), rate.checked()),
                    rate.percent() == null ? t.get("export.none") : t.format("export.percent", rate.percent() / 100));
        }
        pages.table(table, "");
    }

    private void feedback(PdfOutline chapter) {
        pages.section(chapter, t.get("export.monitoring.feedback"));
        long bad = monitoring.feedback().stream().filter(FollowUps::isBad).count();
        pages.text(t.format("export.monitoring.feedbackSummary", monitoring.feedback().size(), bad));
        Table table = new Table(List.of(t.get("export.col.channel"), t.get("export.col.count"), t.get("export.col.bad")), 3, 1, 1);
        for (FeedbackChannel channel : FeedbackChannel.values()) {
            List<Feedback> of = monitoring.feedback().stream().filter(f -> f.channel() == channel).toList();
            if (!of.isEmpty()) {
                table.row(t.get("export.channel." + channel.name()), String.valueOf(of.size()),
                        String.valueOf(of.stream().filter(FollowUps::isBad).count()));
            }
        }
        pages.table(table, "");
    }

    private void rounds(PdfOutline chapter) {
        pages.section(chapter, t.get("export.monitoring.rounds"));
        Table table = new Table(List.of(t.get("export.col.round"), t.get("export.col.closed"), t.get("export.col.compliance"),
                t.get("export.col.feedback"), t.get("export.col.bad"), t.get("export.col.notes")), 2, 1.4f, 1.2f, 1, 1, 3.5f);
        for (ReviewRound round : monitoring.rounds()) {
            table.row(round.name(), Format.date(round.closedOn()),
                    round.compliancePercent() == null ? t.get("export.none") : t.format("export.percent", round.compliancePercent() / 100),
                    String.valueOf(round.feedbackCount()), String.valueOf(round.badReviewCount()), round.notes());
        }
        pages.table(table, "");
    }
}
