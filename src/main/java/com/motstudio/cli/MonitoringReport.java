package com.motstudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.method.monitor.ActionProgress;
import com.motstudio.method.monitor.Compliance;
import com.motstudio.method.monitor.FollowUps;
import com.motstudio.method.monitor.KpiStatus;
import com.motstudio.method.monitor.Rate;
import com.motstudio.method.monitor.RoundComparison;
import com.motstudio.method.monitor.RoundPeriods;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.Audit;
import com.motstudio.model.Feedback;
import com.motstudio.model.Kpi;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.ReviewRound;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Workshop;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.motstudio.cli.AnalysisJson.number;

/**
 * Step 4 in the analysis JSON (docs/analyze.md, "monitoring"): KPI status and latest values,
 * compliance per item, standard, counter and moment in each round, overdue follow-ups, action
 * progress, and the last two closed rounds compared. Figures as of {@code asOf}.
 */
final class MonitoringReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Workshop w;
    private final LocalDate asOf;
    private final Map<String, String> names = new HashMap<>();

    MonitoringReport(Workshop workshop, LocalDate asOf) {
        this.w = workshop;
        this.asOf = asOf;
        Map<String, String> touchpoints = new HashMap<>();
        workshop.journey().touchpoints().forEach(t -> touchpoints.put(t.id(), t.name()));
        names.putAll(touchpoints);
        workshop.keyMoments().moments().forEach(m -> names.put(m.id(), touchpoints.getOrDefault(m.touchpointId(), "")));
        for (ServiceStandard s : workshop.plan().standards()) {
            names.put(s.id(), s.title());
            s.items().forEach(i -> names.put(i.id(), i.behaviour()));
        }
        workshop.plan().kpis().forEach(k -> names.put(k.id(), k.name()));
    }

    private String name(String id) {
        return names.getOrDefault(id, "");
    }

    ObjectNode tree() {
        ObjectNode root = NODES.objectNode().put("asOf", asOf.toString());
        ArrayNode kpis = root.putArray("kpis");
        for (Kpi k : w.plan().kpis()) {
            KpiStatus s = KpiStatus.of(k, w.monitoring().measurements(), asOf);
            ObjectNode node = kpis.addObject().put("kpiId", k.id()).put("kpi", k.name()).put("unit", k.unit())
                    .put("direction", k.direction().name());
            node.set("baseline", number(k.baseline()));
            node.set("target", number(k.target()));
            node.put("targetDate", k.targetDate() == null ? null : k.targetDate().toString());
            node.put("measurements", s.series().size());
            node.set("latest", number(s.latestValue()));
            node.put("latestDate", s.latest() == null ? null : s.latest().date().toString());
            node.set("expected", number(s.expected()));
            node.put("status", s.state().name());
        }
        root.set("compliance", compliance());
        root.set("followUps", followUps());
        root.set("actions", actions());
        ArrayNode rounds = root.putArray("rounds");
        w.monitoring().rounds().forEach(r -> rounds.addObject().put("roundId", r.id()).put("name", r.name())
                .put("closedOn", r.closedOn() == null ? null : r.closedOn().toString()));
        root.set("comparison", comparison());
        return root;
    }

    private ArrayNode compliance() {
        RoundPeriods periods = new RoundPeriods(w.monitoring().rounds());
        ArrayNode out = NODES.arrayNode();
        for (RoundPeriods.Period p : periods.all()) {
            List<Audit> audits = periods.within(p, w.monitoring().audits(), Audit::date);
            if (p.round() == null && audits.isEmpty()) {
                continue;
            }
            Compliance c = new Compliance(w.plan().standards(), audits);
            ObjectNode node = out.addObject().put("roundId", p.round() == null ? null : p.round().id())
                    .put("round", p.round() == null ? null : p.round().name()).put("audits", audits.size());
            node.set("total", rate(NODES.objectNode(), c.total()));
            ArrayNode items = node.putArray("items");
            c.items().forEach((id, r) -> rate(items.addObject().put("itemId", id).put("item", name(id)), r));
            ArrayNode standards = node.putArray("standards");
            w.plan().standards().forEach(s -> rate(standards.addObject().put("standardId", s.id()).put("standard", s.title()),
                    c.standard(s.id())));
            ArrayNode counters = node.putArray("counters");
            c.counters().forEach((counter, r) -> rate(counters.addObject().put("counter", counter), r));
            ArrayNode moments = node.putArray("moments");
            w.plan().standards().stream().map(ServiceStandard::momentId).distinct()
                    .forEach(m -> rate(moments.addObject().put("momentId", m).put("moment", name(m)), c.moment(m)));
            ArrayNode failing = node.putArray("failingMost");
            c.failingMost().forEach(id -> rate(failing.addObject().put("itemId", id).put("item", name(id)), c.item(id)));
        }
        return out;
    }

    private static ObjectNode rate(ObjectNode node, Rate r) {
        node.put("pass", r.pass()).put("fail", r.fail()).put("notApplicable", r.notApplicable());
        node.set("percent", number(r.percent()));
        return node;
    }

    private ObjectNode followUps() {
        FollowUps f = new FollowUps(w.monitoring());
        List<Feedback> bad = f.bad();
        ObjectNode node = NODES.objectNode().put("workingDays", w.monitoring().followUpWorkingDays())
                .put("feedback", w.monitoring().feedback().size()).put("badReviews", bad.size())
                .put("open", bad.stream().filter(b -> FollowUps.isOpenOn(b, asOf)).count());
        ArrayNode overdue = node.putArray("overdue");
        for (Feedback b : f.overdue(asOf)) {
            overdue.addObject().put("feedbackId", b.id()).put("date", b.date().toString()).put("momentId", b.momentId())
                    .put("moment", name(b.momentId())).put("deadline", f.deadline(b).toString())
                    .put("workingDaysLate", f.daysOverdue(b, asOf));
        }
        return node;
    }

    private ObjectNode actions() {
        ObjectNode node = progress(NODES.objectNode(), ActionProgress.of(w.plan().actions(), asOf));
        ArrayNode moments = node.putArray("byMoment");
        List<String> ids = w.keyMoments().moments().stream().map(MomentOfTruth::id).toList();
        ActionProgress.byMoment(w.plan().actions(), ids, asOf)
                .forEach((id, p) -> progress(moments.addObject().put("momentId", id).put("moment", name(id)), p));
        ArrayNode departments = node.putArray("byDepartment");
        ActionProgress.byDepartment(w.plan().actions(), asOf).forEach((d, p) -> progress(departments.addObject().put("department", d), p));
        return node;
    }

    private static ObjectNode progress(ObjectNode node, ActionProgress p) {
        node.put("total", p.total());
        ObjectNode counts = node.putObject("byStatus");
        for (ActionStatus s : ActionStatus.values()) {
            counts.put(s.name(), p.count(s));
        }
        node.set("percentDone", number(p.percentDone()));
        return node.put("overdue", p.overdue());
    }

    private ObjectNode comparison() {
        List<ReviewRound> rounds = w.monitoring().rounds().stream().filter(r -> r.closedOn() != null)
                .sorted(java.util.Comparator.comparing(ReviewRound::closedOn)).toList();
        if (rounds.size() < 2) {
            return null;
        }
        ReviewRound a = rounds.get(rounds.size() - 2), b = rounds.getLast();
        ObjectNode node = NODES.objectNode().put("beforeId", a.id()).put("before", a.name()).put("afterId", b.id()).put("after", b.name());
        ArrayNode rows = node.putArray("rows");
        for (RoundComparison.Row r : RoundComparison.of(w, a, b)) {
            ObjectNode row = rows.addObject().put("kind", r.kind().name()).put("subjectId", r.subjectId()).put("subject", name(r.subjectId()));
            row.set("beforeValue", number(r.before()));
            row.set("afterValue", number(r.after()));
            row.set("change", number(r.change()));
            row.put("verdict", r.verdict().name());
        }
        return node;
    }
}
