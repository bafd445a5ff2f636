package com.motstudio.report.pdf;

import com.motstudio.model.Audit;
import com.motstudio.model.Feedback;
import com.motstudio.model.FeedbackChannel;
import com.motstudio.model.Kpi;
import com.motstudio.model.Measurement;
import com.motstudio.model.Monitoring;
import com.motstudio.model.ReviewRound;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;
import org.openpdf.text.pdf.PdfOutline;

import java.util.List;
import java.util.Optional;

/** The report's monitoring chapter, printed only where there is data: KPI trends, audit compliance, feedback and review rounds. */
final class MonitoringChapter {
    private static final float TREND_HEIGHT = 110;

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
        for (Kpi kpi : workshop.plan().kpis()) {
            Optional<Measurement> latest = MonitoringFigures.latest(monitoring, kpi.id());
            String value = latest.map(v -> t.format("export.monitoring.valueOn", Format.number(t, v.value()), Format.date(v.date())))
                    .orElse(t.get("export.none"));
            String met = latest.flatMap(v -> MonitoringFigures.meetsTarget(kpi, v.value()))
                    .map(ok -> t.get(ok ? "export.yes" : "export.no")).orElse(t.get("export.none"));
            table.row(kpi.name(), Format.number(t, kpi.baseline()), value, Format.number(t, kpi.target()), met);
        }
        pages.table(table, "");
        List<Kpi> measured = workshop.plan().kpis().stream()
                .filter(k -> !MonitoringFigures.series(monitoring, k.id()).isEmpty()).toList();
        float gap = 14;
        float w = (pages.width() - gap) / 2;
        for (int i = 0; i < measured.size(); i += 2) {
            Kpi a = measured.get(i);
            Kpi b = i + 1 < measured.size() ? measured.get(i + 1) : null;
            KpiTrend left = new KpiTrend(a, MonitoringFigures.series(monitoring, a.id()), t, pages.accent);
            KpiTrend right = b == null ? null : new KpiTrend(b, MonitoringFigures.series(monitoring, b.id()), t, pages.accent);
            pages.drawing((g, width, height) -> {
                left.paint(g, w, height);
                if (right != null) {
                    g.translate(w + gap, 0);
                    right.paint(g, w, height);
                }
            }, pages.width(), TREND_HEIGHT);
        }
    }

    private void audits(PdfOutline chapter) {
        pages.section(chapter, t.get("export.monitoring.audits"));
        MonitoringFigures.overallPassShare(monitoring).ifPresent(share ->
                pages.text(t.format("export.monitoring.overall", share, monitoring.audits().size())));
        Table table = new Table(List.of(t.get("export.col.date"), t.get("export.col.location"), t.get("export.col.counter"),
                t.get("export.col.auditor"), t.get("export.col.passed"), t.get("export.col.compliance")), 1.4f, 2, 1.4f, 1.4f, 1, 1.2f);
        for (Audit audit : monitoring.audits()) {
            long pass = audit.results().stream().filter(r -> r.outcome() == com.motstudio.model.AuditOutcome.PASS).count();
            long fail = audit.results().stream().filter(r -> r.outcome() == com.motstudio.model.AuditOutcome.FAIL).count();
            table.row(Format.date(audit.date()), audit.location(), audit.counter(), audit.auditor(),
                    t.format("export.monitoring.passOf", pass, pass + fail),
                    MonitoringFigures.passShare(audit).map(s -> t.format("export.percent", s)).orElse(t.get("export.none")));
        }
        pages.table(table, "");
    }

    private void feedback(PdfOutline chapter) {
        pages.section(chapter, t.get("export.monitoring.feedback"));
        long bad = monitoring.feedback().stream().filter(MonitoringFigures::bad).count();
        pages.text(t.format("export.monitoring.feedbackSummary", monitoring.feedback().size(), bad));
        Table table = new Table(List.of(t.get("export.col.channel"), t.get("export.col.count"), t.get("export.col.bad")), 3, 1, 1);
        for (FeedbackChannel channel : FeedbackChannel.values()) {
            List<Feedback> of = monitoring.feedback().stream().filter(f -> f.channel() == channel).toList();
            if (!of.isEmpty()) {
                table.row(t.get("export.channel." + channel.name()), String.valueOf(of.size()),
                        String.valueOf(of.stream().filter(MonitoringFigures::bad).count()));
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
