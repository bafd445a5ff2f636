package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.ActionType;
import com.motstudio.model.CheckMethod;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.Direction;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.Kpi;
import com.motstudio.model.Plan;
import com.motstudio.model.ServiceStandard;

import static com.motstudio.store.JsonTree.*;

/** Maps step 3 (service standards, actions, KPIs) to and from the file's JSON. */
final class PlanJson {
    private PlanJson() {}

    static ObjectNode write(Plan plan) {
        ObjectNode node = object();
        node.set("standards", array(plan.standards(), s -> object().put("id", s.id()).put("momentId", s.momentId())
                .put("title", s.title()).<ObjectNode>set("items", array(s.items(), i -> object().put("id", i.id())
                        .put("behaviour", i.behaviour()).put("criterion", i.criterion()).put("method", i.method().name())))));
        node.set("actions", array(plan.actions(), PlanJson::write));
        node.set("kpis", array(plan.kpis(), PlanJson::write));
        return node;
    }

    static Plan read(JsonNode node) {
        return new Plan(
                list(node, "standards", s -> new ServiceStandard(text(s, "id"), text(s, "momentId"), text(s, "title"),
                        list(s, "items", i -> new ChecklistItem(text(i, "id"), text(i, "behaviour"), text(i, "criterion"),
                                constant(i, "method", CheckMethod.class))))),
                list(node, "actions", PlanJson::readAction),
                list(node, "kpis", PlanJson::readKpi));
    }

    private static ObjectNode write(ImprovementAction a) {
        ObjectNode node = object().put("id", a.id()).put("title", a.title());
        node.set("type", name(a.type()));
        node.put("description", a.description());
        node.set("momentIds", strings(a.momentIds()));
        node.set("kpiIds", strings(a.kpiIds()));
        node.put("ownerPerson", a.ownerPerson()).put("ownerDepartment", a.ownerDepartment());
        node.set("startDate", date(a.startDate()));
        node.set("dueDate", date(a.dueDate()));
        node.set("effort", integer(a.effort()));
        node.set("impact", integer(a.impact()));
        return node.put("costEstimate", a.costEstimate()).put("status", a.status().name());
    }

    private static ImprovementAction readAction(JsonNode node) {
        return new ImprovementAction(text(node, "id"), text(node, "title"), constant(node, "type", ActionType.class),
                text(node, "description"), strings(node, "momentIds"), strings(node, "kpiIds"), text(node, "ownerPerson"),
                text(node, "ownerDepartment"), date(node, "startDate"), date(node, "dueDate"), integer(node, "effort"),
                integer(node, "impact"), text(node, "costEstimate"), constant(node, "status", ActionStatus.class));
    }

    private static ObjectNode write(Kpi k) {
        ObjectNode node = object().put("id", k.id()).put("name", k.name()).put("unit", k.unit())
                .put("direction", k.direction().name());
        node.set("baseline", number(k.baseline()));
        node.set("target", number(k.target()));
        node.set("targetDate", date(k.targetDate()));
        node.put("dataSource", k.dataSource());
        node.set("momentIds", strings(k.momentIds()));
        return node;
    }

    private static Kpi readKpi(JsonNode node) {
        return new Kpi(text(node, "id"), text(node, "name"), text(node, "unit"), constant(node, "direction", Direction.class),
                number(node, "baseline"), number(node, "target"), date(node, "targetDate"), text(node, "dataSource"),
                strings(node, "momentIds"));
    }
}
