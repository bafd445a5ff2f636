package com.motstudio.ui.plan;

import com.motstudio.model.ActionStatus;
import com.motstudio.model.ActionType;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.Direction;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.Kpi;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Plan;
import com.motstudio.model.ServiceStandard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Edits of the plan's records as pure functions: one field of a moment, action or KPI, and list edits by id. */
final class PlanChanges {
    private PlanChanges() {}

    /** The moment fields step 3 writes. */
    enum MomentField { CORE_NEED, KANO_NEED, TODAY, WANTED, SERVICE_SCRIPT, COMPLAINT_SCRIPT }

    static String get(MomentOfTruth m, MomentField field) {
        return switch (field) {
            case CORE_NEED -> m.coreNeed();
            case KANO_NEED -> m.kanoNeedId();
            case TODAY -> m.experienceToday();
            case WANTED -> m.experienceWanted();
            case SERVICE_SCRIPT -> m.serviceScript();
            case COMPLAINT_SCRIPT -> m.complaintScript();
        };
    }

    static MomentOfTruth with(MomentOfTruth m, MomentField field, String v) {
        return new MomentOfTruth(m.id(), m.touchpointId(), m.rationale(), m.confirmedOn(),
                field == MomentField.CORE_NEED ? v : m.coreNeed(), field == MomentField.KANO_NEED ? v : m.kanoNeedId(),
                field == MomentField.TODAY ? v : m.experienceToday(), field == MomentField.WANTED ? v : m.experienceWanted(),
                field == MomentField.SERVICE_SCRIPT ? v : m.serviceScript(),
                field == MomentField.COMPLAINT_SCRIPT ? v : m.complaintScript());
    }

    // --- actions: one wither per field the form edits
    static ImprovementAction title(ImprovementAction a, String v) {
        return new ImprovementAction(a.id(), v, a.type(), a.description(), a.momentIds(), a.kpiIds(), a.ownerPerson(), a.ownerDepartment(), a.startDate(), a.dueDate(), a.effort(), a.impact(), a.costEstimate(), a.status());
    }

    static ImprovementAction type(ImprovementAction a, ActionType v) {
        return new ImprovementAction(a.id(), a.title(), v, a.description(), a.momentIds(), a.kpiIds(), a.ownerPerson(), a.ownerDepartment(), a.startDate(), a.dueDate(), a.effort(), a.impact(), a.costEstimate(), a.status());
    }

    static ImprovementAction description(ImprovementAction a, String v) {
        return new ImprovementAction(a.id(), a.title(), a.type(), v, a.momentIds(), a.kpiIds(), a.ownerPerson(), a.ownerDepartment(), a.startDate(), a.dueDate(), a.effort(), a.impact(), a.costEstimate(), a.status());
    }

    static ImprovementAction moments(ImprovementAction a, List<String> v) {
        return new ImprovementAction(a.id(), a.title(), a.type(), a.description(), v, a.kpiIds(), a.ownerPerson(), a.ownerDepartment(), a.startDate(), a.dueDate(), a.effort(), a.impact(), a.costEstimate(), a.status());
    }

    static ImprovementAction kpis(ImprovementAction a, List<String> v) {
        return new ImprovementAction(a.id(), a.title(), a.type(), a.description(), a.momentIds(), v, a.ownerPerson(), a.ownerDepartment(), a.startDate(), a.dueDate(), a.effort(), a.impact(), a.costEstimate(), a.status());
    }

    static ImprovementAction owner(ImprovementAction a, String v) {
        return new ImprovementAction(a.id(), a.title(), a.type(), a.description(), a.momentIds(), a.kpiIds(), v, a.ownerDepartment(), a.startDate(), a.dueDate(), a.effort(), a.impact(), a.costEstimate(), a.status());
    }

    static ImprovementAction department(ImprovementAction a, String v) {
        return new ImprovementAction(a.id(), a.title(), a.type(), a.description(), a.momentIds(), a.kpiIds(), a.ownerPerson(), v, a.startDate(), a.dueDate(), a.effort(), a.impact(), a.costEstimate(), a.status());
    }

    static ImprovementAction start(ImprovementAction a, LocalDate v) {
        return new ImprovementAction(a.id(), a.title(), a.type(), a.description(), a.momentIds(), a.kpiIds(), a.ownerPerson(), a.ownerDepartment(), v, a.dueDate(), a.effort(), a.impact(), a.costEstimate(), a.status());
    }

    static ImprovementAction due(ImprovementAction a, LocalDate v) {
        return new ImprovementAction(a.id(), a.title(), a.type(), a.description(), a.momentIds(), a.kpiIds(), a.ownerPerson(), a.ownerDepartment(), a.startDate(), v, a.effort(), a.impact(), a.costEstimate(), a.status());
    }

    static ImprovementAction ratings(ImprovementAction a, Integer effort, Integer impact) {
        return new ImprovementAction(a.id(), a.title(), a.type(), a.description(), a.momentIds(), a.kpiIds(), a.ownerPerson(), a.ownerDepartment(), a.startDate(), a.dueDate(), effort, impact, a.costEstimate(), a.status());
    }

    static ImprovementAction cost(ImprovementAction a, String v) {
        return new ImprovementAction(a.id(), a.title(), a.type(), a.description(), a.momentIds(), a.kpiIds(), a.ownerPerson(), a.ownerDepartment(), a.startDate(), a.dueDate(), a.effort(), a.impact(), v, a.status());
    }

    static ImprovementAction status(ImprovementAction a, ActionStatus v) {
        return new ImprovementAction(a.id(), a.title(), a.type(), a.description(), a.momentIds(), a.kpiIds(), a.ownerPerson(), a.ownerDepartment(), a.startDate(), a.dueDate(), a.effort(), a.impact(), a.costEstimate(), v);
    }

    // --- KPIs
    static Kpi name(Kpi k, String v) {
        return new Kpi(k.id(), v, k.unit(), k.direction(), k.baseline(), k.target(), k.targetDate(), k.dataSource(), k.momentIds());
    }

    static Kpi unit(Kpi k, String v) {
        return new Kpi(k.id(), k.name(), v, k.direction(), k.baseline(), k.target(), k.targetDate(), k.dataSource(), k.momentIds());
    }

    static Kpi direction(Kpi k, Direction v) {
        return new Kpi(k.id(), k.name(), k.unit(), v, k.baseline(), k.target(), k.targetDate(), k.dataSource(), k.momentIds());
    }

    static Kpi baseline(Kpi k, Double v) {
        return new Kpi(k.id(), k.name(), k.unit(), k.direction(), v, k.target(), k.targetDate(), k.dataSource(), k.momentIds());
    }

    static Kpi target(Kpi k, Double v) {
        return new Kpi(k.id(), k.name(), k.unit(), k.direction(), k.baseline(), v, k.targetDate(), k.dataSource(), k.momentIds());
    }

    static Kpi targetDate(Kpi k, LocalDate v) {
        return new Kpi(k.id(), k.name(), k.unit(), k.direction(), k.baseline(), k.target(), v, k.dataSource(), k.momentIds());
    }

    static Kpi source(Kpi k, String v) {
        return new Kpi(k.id(), k.name(), k.unit(), k.direction(), k.baseline(), k.target(), k.targetDate(), v, k.momentIds());
    }

    static Kpi moments(Kpi k, List<String> v) {
        return new Kpi(k.id(), k.name(), k.unit(), k.direction(), k.baseline(), k.target(), k.targetDate(), k.dataSource(), v);
    }

    // --- standards and their checklists
    static ServiceStandard title(ServiceStandard s, String v) {
        return new ServiceStandard(s.id(), s.momentId(), v, s.items());
    }

    static ServiceStandard items(ServiceStandard s, UnaryOperator<List<ChecklistItem>> change) {
        return new ServiceStandard(s.id(), s.momentId(), s.title(), change.apply(s.items()));
    }

    static Plan standards(Plan p, UnaryOperator<List<ServiceStandard>> change) {
        return new Plan(change.apply(p.standards()), p.actions(), p.kpis());
    }

    static Plan actions(Plan p, UnaryOperator<List<ImprovementAction>> change) {
        return new Plan(p.standards(), change.apply(p.actions()), p.kpis());
    }

    static Plan kpis(Plan p, UnaryOperator<List<Kpi>> change) {
        return new Plan(p.standards(), p.actions(), change.apply(p.kpis()));
    }

    /** The list with every element matching {@code which} replaced by {@code change}. */
    static <T> List<T> replace(List<T> list, Predicate<T> which, UnaryOperator<T> change) {
        return list.stream().map(t -> which.test(t) ? change.apply(t) : t).toList();
    }

    static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return next;
    }

    /** Inserts after the element matching {@code after}, or at the end when none does. */
    static <T> List<T> insertAfter(List<T> list, Predicate<T> after, T item) {
        List<T> next = new ArrayList<>(list);
        int at = next.size();
        for (int i = 0; i < next.size(); i++) {
            if (after.test(next.get(i))) {
                at = i + 1;
            }
        }
        next.add(at, item);
        return next;
    }

    /** Moves the element matching {@code which} by {@code delta} places, within the list. */
    static <T> List<T> move(List<T> list, Predicate<T> which, int delta) {
        List<T> next = new ArrayList<>(list);
        for (int i = 0; i < next.size(); i++) {
            if (which.test(next.get(i))) {
                int to = Math.clamp(i + (long) delta, 0, next.size() - 1);
                next.add(to, next.remove(i));
                break;
            }
        }
        return next;
    }

    static <T> List<T> without(List<T> list, Predicate<T> which) {
        return list.stream().filter(which.negate()).toList();
    }

    /** {@code ids} with {@code id} added (at the end) or removed. */
    static List<String> toggled(List<String> ids, String id, boolean on) {
        List<String> next = new ArrayList<>(without(ids, id::equals));
        if (on) {
            next.add(id);
        }
        return next;
    }
}
