package com.motstudio.method.plan;

import com.motstudio.model.ActionStatus;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.Kpi;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Plan;
import com.motstudio.model.Workshop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of step 3, as pure functions of the workshop and today's date. Moments come first
 * (in the team's order), then actions and KPIs (in plan order), then overloaded owners.
 * <ul>
 * <li>a moment has no standard when no standard for it has a checklist item;</li>
 * <li>a moment has no action when no action that is not dropped is linked to it;</li>
 * <li>an open action (not done, not dropped) needs an owner and a due date, and is overdue
 *     when its due date is before today;</li>
 * <li>a KPI needs a baseline and a target;</li>
 * <li>an owner is overloaded when at least two people own open actions and this one owns at
 *     least {@value #OVERLOAD_MINIMUM} of them and at least {@value #OVERLOAD_FACTOR} times the
 *     mean of the other owners.</li>
 * </ul>
 */
public final class PlanChecks {
    public static final int OVERLOAD_MINIMUM = 3;
    public static final double OVERLOAD_FACTOR = 2.0;

    private PlanChecks() {}

    public static List<PlanWarning> check(Workshop w, Clock clock) {
        return check(w, LocalDate.now(clock));
    }

    public static List<PlanWarning> check(Workshop w, LocalDate today) {
        Plan plan = w.plan();
        List<PlanWarning> warnings = new ArrayList<>();
        for (MomentOfTruth m : w.keyMoments().moments()) {
            boolean standard = plan.standards().stream().anyMatch(s -> s.momentId().equals(m.id()) && !s.items().isEmpty());
            if (!standard) {
                warnings.add(PlanWarning.of(PlanWarning.Kind.MOMENT_WITHOUT_STANDARD, m.id()));
            }
            boolean action = plan.actions().stream().anyMatch(a -> a.status() != ActionStatus.DROPPED && a.momentIds().contains(m.id()));
            if (!action) {
                warnings.add(PlanWarning.of(PlanWarning.Kind.MOMENT_WITHOUT_ACTION, m.id()));
            }
        }
        for (ImprovementAction a : plan.actions()) {
            if (!isOpen(a)) {
                continue;
            }
            if (a.ownerPerson().isBlank() && a.ownerDepartment().isBlank()) {
                warnings.add(PlanWarning.of(PlanWarning.Kind.ACTION_WITHOUT_OWNER, a.id()));
            }
            if (a.dueDate() == null) {
                warnings.add(PlanWarning.of(PlanWarning.Kind.ACTION_WITHOUT_DUE_DATE, a.id()));
            } else if (a.dueDate().isBefore(today)) {
                warnings.add(PlanWarning.of(PlanWarning.Kind.ACTION_OVERDUE, a.id()));
            }
        }
        for (Kpi k : plan.kpis()) {
            if (k.baseline() == null) {
                warnings.add(PlanWarning.of(PlanWarning.Kind.KPI_WITHOUT_BASELINE, k.id()));
            }
            if (k.target() == null) {
                warnings.add(PlanWarning.of(PlanWarning.Kind.KPI_WITHOUT_TARGET, k.id()));
            }
        }
        warnings.addAll(overloaded(plan.actions()));
        return List.copyOf(warnings);
    }

    /** Not done and not dropped: still to be done by someone. */
    public static boolean isOpen(ImprovementAction a) {
        return a.status() != ActionStatus.DONE && a.status() != ActionStatus.DROPPED;
    }

    /** Open actions per owner (the person, stripped), in order of first appearance. */
    public static Map<String, Integer> openActionsByOwner(List<ImprovementAction> actions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ImprovementAction a : actions) {
            if (isOpen(a) && !a.ownerPerson().isBlank()) {
                counts.merge(a.ownerPerson().strip(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<PlanWarning> overloaded(List<ImprovementAction> actions) {
        Map<String, Integer> counts = openActionsByOwner(actions);
        List<PlanWarning> warnings = new ArrayList<>();
        if (counts.size() < 2) {
            return warnings;
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        counts.forEach((owner, count) -> {
            double othersMean = (total - count) / (double) (counts.size() - 1);
            if (count >= OVERLOAD_MINIMUM && count >= OVERLOAD_FACTOR * othersMean) {
                warnings.add(new PlanWarning(PlanWarning.Kind.OWNER_OVERLOADED, owner, count));
            }
        });
        return warnings;
    }
}
