package com.motstudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.method.plan.PlanChecks;
import com.motstudio.method.plan.PlanWarning;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.Kpi;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Plan;
import com.motstudio.model.Workshop;

import java.time.LocalDate;

/** Step 3 in the analysis (docs/analyze.md, {@code plan}): what each moment's plan holds, and every planning warning. */
final class PlanJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlanJson() {}

    static ObjectNode plan(Workshop w, AnalysisNames names, LocalDate today) {
        Plan plan = w.plan();
        ObjectNode node = NODES.objectNode();
        node.put("standards", plan.standards().size()).put("actions", plan.actions().size()).put("kpis", plan.kpis().size());
        ArrayNode moments = node.putArray("moments");
        for (MomentOfTruth m : w.keyMoments().moments()) {
            ObjectNode entry = moments.addObject().put("momentId", m.id()).put("touchpoint", names.touchpoint(m.touchpointId()))
                    .put("coreNeed", m.coreNeed());
            entry.put("standards", plan.standards().stream().filter(s -> s.momentId().equals(m.id())).count());
            entry.put("checklistItems", plan.standards().stream().filter(s -> s.momentId().equals(m.id()))
                    .mapToInt(s -> s.items().size()).sum());
            entry.put("actions", plan.actions().stream().filter(a -> a.momentIds().contains(m.id())).count());
            entry.put("openActions", plan.actions().stream().filter(a -> a.momentIds().contains(m.id()) && PlanChecks.isOpen(a)).count());
            entry.put("kpis", plan.kpis().stream().filter(k -> k.momentIds().contains(m.id())).count());
        }
        ArrayNode warnings = node.putArray("warnings");
        for (PlanWarning warning : PlanChecks.check(w, today)) {
            warnings.addObject().put("kind", warning.kind().name()).put("subject", warning.subject())
                    .put("name", name(w, names, warning)).put("count", warning.count());
        }
        return node;
    }

    /** What the subject is called: the moment's touchpoint, the action's title, the KPI's name, or the owner. */
    static String name(Workshop w, AnalysisNames names, PlanWarning warning) {
        String id = warning.subject();
        if (warning.kind().aboutMoment()) {
            return w.keyMoments().moments().stream().filter(m -> m.id().equals(id)).findFirst()
                    .map(m -> names.touchpoint(m.touchpointId())).orElse("");
        }
        if (warning.kind().aboutAction()) {
            return w.plan().actions().stream().filter(a -> a.id().equals(id)).map(ImprovementAction::title).findFirst().orElse("");
        }
        if (warning.kind().aboutKpi()) {
            return w.plan().kpis().stream().filter(k -> k.id().equals(id)).map(Kpi::name).findFirst().orElse("");
        }
        return id;
    }
}
