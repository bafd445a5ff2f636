package com.motstudio.cli;

import com.motstudio.method.monitor.ActionProgress;
import com.motstudio.method.monitor.Compliance;
import com.motstudio.method.monitor.FollowUps;
import com.motstudio.method.monitor.KpiStatus;
import com.motstudio.method.monitor.Rate;
import com.motstudio.method.monitor.RoundComparison;
import com.motstudio.method.monitor.RoundPeriods;
import com.motstudio.method.monitor.Verdict;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.Audit;
import com.motstudio.model.Feedback;
import com.motstudio.model.Kpi;
import com.motstudio.model.ReviewRound;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Step 4 in the readable summary of {@code analyze}: KPIs, compliance by round, follow-ups, actions, the last two rounds. */
final class MonitoringSummary {
    private static final String INDENT = "  ";
    private final Texts texts;
    private final Workshop w;
    private final LocalDate asOf;
    private final PrintWriter out;
    private final Map<String, String> names = new HashMap<>();

    MonitoringSummary(Texts texts, Workshop workshop, LocalDate asOf, PrintWriter out) {
        this.texts = texts;
        this.w = workshop;
        this.asOf = asOf;
        this.out = out;
        Map<String, String> touchpoints = new HashMap<>();
        workshop.journey().touchpoints().forEach(t -> touchpoints.put(t.id(), t.name()));
        workshop.keyMoments().moments().forEach(m -> names.put(m.id(), touchpoints.getOrDefault(m.touchpointId(), m.id())));
        names.putAll(touchpoints);
        for (ServiceStandard s : workshop.plan().standards()) {
            names.put(s.id(), s.title());
            s.items().forEach(i -> names.put(i.id(), i.behaviour()));
        }
        workshop.plan().kpis().forEach(k -> names.put(k.id(), k.name()));
    }

    /** A date as the option takes it (2026-12-01), or null. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    void print() {
        out.println();
        out.println(texts.format("monitor.cli.title", asOf.toString()));
        out.println(INDENT + texts.get("monitor.cli.kpis"));
        if (w.plan().kpis().isEmpty()) {
            out.println(INDENT + INDENT + texts.get("cli.analyze.nothing"));
        }
        for (Kpi k : w.plan().kpis()) {
            KpiStatus s = KpiStatus.of(k, w.monitoring().measurements(), asOf);
            out.println(INDENT + INDENT + texts.format("monitor.cli.kpi", k.name(), value(s.latestValue()), value(k.target()),
                    texts.get("monitor.kpiState." + s.state().name())));
        }
        compliance();
        FollowUps f = new FollowUps(w.monitoring());
        List<Feedback> overdue = f.overdue(asOf);
        out.println(INDENT + texts.format("monitor.cli.followUps", w.monitoring().feedback().size(), f.bad().size(), overdue.size()));
        overdue.forEach(b -> out.println(INDENT + INDENT + texts.format("monitor.cli.overdue", b.date().toString(),
                names.getOrDefault(b.momentId(), ""), f.deadline(b).toString(), f.daysOverdue(b, asOf))));
        ActionProgress p = ActionProgress.of(w.plan().actions(), asOf);
        out.println(INDENT + texts.format("monitor.cli.actions", p.count(ActionStatus.DONE), p.total() - p.count(ActionStatus.DROPPED),
                percent(p.percentDone()), p.overdue()));
        comparison();
    }

    private void compliance() {
        RoundPeriods periods = new RoundPeriods(w.monitoring().rounds());
        out.println(INDENT + texts.get("monitor.cli.compliance"));
        Compliance last = null;
        for (RoundPeriods.Period period : periods.all()) {
            List<Audit> audits = periods.within(period, w.monitoring().audits(), Audit::date);
            if (period.round() == null && audits.isEmpty()) {
                continue;
            }
            Compliance c = new Compliance(w.plan().standards(), audits);
            String round = period.round() == null ? texts.get("monitor.round.open") : period.round().name();
            out.println(INDENT + INDENT + texts.format("monitor.cli.round", round, audits.size(), percent(c.total().percent())));
            if (!audits.isEmpty()) {
                last = c;
            }
        }
        if (last == null) {
            out.println(INDENT + INDENT + texts.get("cli.analyze.nothing"));
            return;
        }
        Compliance latest = last;
        w.plan().standards().forEach(s -> line("monitor.cli.standard", s.title(), latest.standard(s.id())));
        latest.counters().forEach((counter, r) -> line("monitor.cli.counter", counter, r));
        latest.failingMost().stream().limit(5).forEach(id -> line("monitor.cli.failing", names.getOrDefault(id, id), latest.item(id)));
    }

    private void line(String key, String subject, Rate r) {
        out.println(INDENT + INDENT + INDENT + texts.format(key, subject, percent(r.percent()), r.pass(), r.checked()));
    }

    private void comparison() {
        List<ReviewRound> rounds = w.monitoring().rounds().stream().filter(r -> r.closedOn() != null)
                .sorted(java.util.Comparator.comparing(ReviewRound::closedOn)).toList();
        if (rounds.size() < 2) {
            return;
        }
        ReviewRound a = rounds.get(rounds.size() - 2), b = rounds.getLast();
        List<RoundComparison.Row> rows = RoundComparison.of(w, a, b);
        out.println(INDENT + texts.format("monitor.cli.comparison", a.name(), b.name(),
                rows.stream().filter(r -> r.verdict() == Verdict.IMPROVED).count(),
                rows.stream().filter(r -> r.verdict() == Verdict.WORSE).count()));
        rows.stream().filter(r -> r.verdict() == Verdict.WORSE).forEach(r -> out.println(INDENT + INDENT
                + texts.format("monitor.cli.worse", texts.get("monitor.compare.kind." + r.kind().name()),
                names.getOrDefault(r.subjectId(), ""), value(r.before()), value(r.after()))));
    }

    private String value(Double v) {
        return v == null ? texts.get("monitor.none") : texts.format("monitor.number", v);
    }

    private String percent(Double v) {
        return v == null ? texts.get("monitor.none") : texts.format("monitor.percent", v);
    }
}
