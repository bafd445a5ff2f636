package com.motstudio.ui.plan;

import com.motstudio.method.plan.PlanChecks;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.MomentOfTruth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The actions list's rows: a heading per group (moment, owner or department) and the actions
 * under it that pass the filters. An action linked to two moments is listed under both.
 * {@code heading} is the group's name ("" for "none"); {@code action} is null on a heading row.
 */
record ActionList(String heading, ImprovementAction action) {
    enum GroupBy { MOMENT, OWNER, DEPARTMENT }

    /** What to show: a status (null for all) and words every shown action contains in title, owner or department. */
    record Filter(ActionStatus status, String words, boolean overdueOnly) {
        boolean accepts(ImprovementAction a, LocalDate today) {
            if (status != null && a.status() != status) {
                return false;
            }
            if (overdueOnly && !(PlanChecks.isOpen(a) && a.dueDate() != null && a.dueDate().isBefore(today))) {
                return false;
            }
            String text = (a.title() + " " + a.ownerPerson() + " " + a.ownerDepartment()).toLowerCase(Locale.ROOT);
            for (String word : words.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                if (!word.isEmpty() && !text.contains(word)) {
                    return false;
                }
            }
            return true;
        }
    }

    boolean isHeading() {
        return action == null;
    }

    /** Groups in order: moments in the team's order, people and departments alphabetically; "none" last. */
    static List<ActionList> rows(List<ImprovementAction> actions, List<MomentOfTruth> moments, Function<String, String> momentName,
                                 GroupBy by, Filter filter, LocalDate today) {
        Map<String, List<ImprovementAction>> groups = new LinkedHashMap<>();
        List<ImprovementAction> none = new ArrayList<>();
        if (by == GroupBy.MOMENT) {
            moments.forEach(m -> groups.put(momentName.apply(m.id()), new ArrayList<>()));
        }
        for (ImprovementAction a : actions) {
            if (!filter.accepts(a, today)) {
                continue;
            }
            List<String> keys = switch (by) {
                case MOMENT -> moments.stream().filter(m -> a.momentIds().contains(m.id())).map(m -> momentName.apply(m.id())).toList();
                case OWNER -> a.ownerPerson().isBlank() ? List.of() : List.of(a.ownerPerson().strip());
                case DEPARTMENT -> a.ownerDepartment().isBlank() ? List.of() : List.of(a.ownerDepartment().strip());
            };
            if (keys.isEmpty()) {
                none.add(a);
            }
            keys.forEach(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(a));
        }
        List<String> names = new ArrayList<>(groups.keySet());
        if (by != GroupBy.MOMENT) {
            names.sort(String.CASE_INSENSITIVE_ORDER);
        }
        List<ActionList> rows = new ArrayList<>();
        for (String name : names) {
            if (!groups.get(name).isEmpty()) {
                rows.add(new ActionList(name, null));
                groups.get(name).forEach(a -> rows.add(new ActionList(name, a)));
            }
        }
        if (!none.isEmpty()) {
            rows.add(new ActionList("", null));
            none.forEach(a -> rows.add(new ActionList("", a)));
        }
        return rows;
    }
}
