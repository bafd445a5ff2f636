package com.motstudio.ui.monitor;

import com.motstudio.method.monitor.FollowUps;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.Audit;
import com.motstudio.model.AuditOutcome;
import com.motstudio.model.AuditResult;
import com.motstudio.model.Feedback;
import com.motstudio.model.FollowUp;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.Monitoring;
import com.motstudio.model.Plan;
import com.motstudio.model.Workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The step's changes as functions from one workshop to the next (each becomes one undo step). */
final class MonitoringEdits {
    private MonitoringEdits() {}

    static <T> List<T> append(List<T> list, T value) {
        List<T> out = new ArrayList<>(list);
        out.add(value);
        return out;
    }

    static <T> List<T> replace(List<T> list, Predicate<T> which, UnaryOperator<T> change) {
        return list.stream().map(x -> which.test(x) ? change.apply(x) : x).toList();
    }

    static <T> List<T> remove(List<T> list, Predicate<T> which) {
        return list.stream().filter(which.negate()).toList();
    }

    /** The audit with the item's outcome set, its note kept; null takes the item's result out. */
    static Audit withOutcome(Audit audit, String itemId, AuditOutcome outcome) {
        List<AuditResult> results = new ArrayList<>();
        boolean found = false;
        for (AuditResult r : audit.results()) {
            if (!r.itemId().equals(itemId)) {
                results.add(r);
            } else if (outcome != null) {
                found = true;
                results.add(new AuditResult(itemId, outcome, r.note()));
            }
        }
        if (!found && outcome != null) {
            results.add(new AuditResult(itemId, outcome, ""));
        }
        return audit.withResults(results);
    }

    /** The audit with a note on an item that has an outcome (a note alone is not a result). */
    static Audit withNote(Audit audit, String itemId, String note) {
        return audit.withResults(replace(audit.results(), r -> r.itemId().equals(itemId),
                r -> new AuditResult(itemId, r.outcome(), note)));
    }

    /** A new piece of feedback; a bad review gets an open follow-up due by the workshop's calendar. */
    static Feedback withDefaultFollowUp(Feedback f, Monitoring m) {
        if (!FollowUps.isBad(f) || f.followUp() != null || f.date() == null) {
            return f;
        }
        return f.withFollowUp(new FollowUp(new FollowUps(m).deadlineFor(f.date()), "", null, null, null));
    }

    static Workshop monitoring(Workshop w, UnaryOperator<Monitoring> change) {
        return w.withMonitoring(change.apply(w.monitoring()));
    }

    static Workshop actionStatus(Workshop w, String actionId, ActionStatus status) {
        Plan p = w.plan();
        List<ImprovementAction> actions = replace(p.actions(), a -> a.id().equals(actionId), a -> new ImprovementAction(
                a.id(), a.title(), a.type(), a.description(), a.momentIds(), a.kpiIds(), a.ownerPerson(), a.ownerDepartment(),
                a.startDate(), a.dueDate(), a.effort(), a.impact(), a.costEstimate(), status));
        return w.withPlan(new Plan(p.standards(), actions, p.kpis()));
    }
}
