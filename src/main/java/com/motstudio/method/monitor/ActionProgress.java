package com.motstudio.method.monitor;

import com.motstudio.model.ActionStatus;
import com.motstudio.model.ImprovementAction;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How far a group of improvement actions got: counts by status, the share done of those not
 * dropped, and how many are overdue (due before today and neither done nor dropped).
 */
public record ActionProgress(Map<ActionStatus, Integer> counts, int overdue) {
    public static ActionProgress of(List<ImprovementAction> actions, LocalDate today) {
        Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
        for (ActionStatus s : ActionStatus.values()) {
            counts.put(s, 0);
        }
        int overdue = 0;
        for (ImprovementAction a : actions) {
            counts.merge(a.status(), 1, Integer::sum);
            if (isOverdue(a, today)) {
                overdue++;
            }
        }
        return new ActionProgress(java.util.Collections.unmodifiableMap(counts), overdue);
    }

    public static boolean isOverdue(ImprovementAction a, LocalDate today) {
        return a.dueDate() != null && a.dueDate().isBefore(today)
                && a.status() != ActionStatus.DONE && a.status() != ActionStatus.DROPPED;
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(ActionStatus status) {
        return counts.getOrDefault(status, 0);
    }

    /** Done in percent of the actions not dropped; null when none is left. */
    public Double percentDone() {
        int live = total() - count(ActionStatus.DROPPED);
        return live == 0 ? null : 100.0 * count(ActionStatus.DONE) / live;
    }

    /** Progress per moment (an action for two moments counts for both), in the order of {@code momentIds}. */
    public static Map<String, ActionProgress> byMoment(List<ImprovementAction> actions, List<String> momentIds, LocalDate today) {
        Map<String, ActionProgress> out = new LinkedHashMap<>();
        for (String id : momentIds) {
            out.put(id, of(actions.stream().filter(a -> a.momentIds().contains(id)).toList(), today));
        }
        return out;
    }

    /** Progress per owning department ("" for actions without one), in the order first named. */
    public static Map<String, ActionProgress> byDepartment(List<ImprovementAction> actions, LocalDate today) {
        return group(actions, ImprovementAction::ownerDepartment, today);
    }

    private static Map<String, ActionProgress> group(List<ImprovementAction> actions, Function<ImprovementAction, String> key,
                                                     LocalDate today) {
        Map<String, List<ImprovementAction>> groups = new LinkedHashMap<>();
        actions.forEach(a -> groups.computeIfAbsent(key.apply(a), k -> new java.util.ArrayList<>()).add(a));
        Map<String, ActionProgress> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, of(v, today)));
        return out;
    }
}
