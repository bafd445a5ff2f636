package com.motstudio.ui.monitor;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.method.monitor.RoundClose;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.Audit;
import com.motstudio.model.AuditOutcome;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.Feedback;
import com.motstudio.model.FollowUp;
import com.motstudio.model.Ids;
import com.motstudio.model.Measurement;
import com.motstudio.model.Monitoring;
import com.motstudio.model.ReviewRound;
import com.motstudio.model.ScoreSnapshot;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Workshop;
import com.motstudio.ui.common.PageEdits;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static com.motstudio.ui.monitor.MonitoringEdits.append;
import static com.motstudio.ui.monitor.MonitoringEdits.remove;
import static com.motstudio.ui.monitor.MonitoringEdits.replace;

/**
 * The Monitor page's state: the workshop as it is now, the audit being entered, and the step's
 * commands (measurements, audits, feedback and follow-ups, action status, review rounds), each one
 * undo step. Holds no controls.
 */
public final class MonitorViewModel {
    private final PageEdits edits;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<Workshop> workshop = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> auditId = new SimpleObjectProperty<>(this, "audit");

    public MonitorViewModel(WorkshopDocument document, Supplier<LocalDate> today) {
        this.edits = new PageEdits(document);
        this.today = today;
        edits.follow(() -> {
            workshop.set(edits.current());
            if (auditId.get() != null && audit(auditId.get()).isEmpty()) {
                auditId.set(null);
            }
        });
    }

    public void dispose() {
        edits.stop();
    }

    public ReadOnlyObjectProperty<Workshop> workshopProperty() { return workshop.getReadOnlyProperty(); }
    /** The audit whose checklist is being entered. */
    public ObjectProperty<String> auditIdProperty() { return auditId; }

    public Workshop workshop() {
        return edits.current();
    }

    public LocalDate today() {
        return today.get();
    }

    public Monitoring monitoring() {
        return edits.current().monitoring();
    }

    // measurements

    public void addMeasurement(String kpiId, LocalDate date, double value, String note) {
        Measurement m = new Measurement(Ids.next("me"), kpiId, date, value, note);
        change("monitor.change.measurement", x -> x.withMeasurements(append(x.measurements(), m)));
    }

    public void addMeasurements(List<Measurement> measurements) {
        edits.apply("monitor.change.import", withMeasurements(measurements));
    }

    /** The change that adds imported measurements after the ones the workshop has. */
    static UnaryOperator<com.motstudio.model.Workshop> withMeasurements(List<Measurement> measurements) {
        return w -> MonitoringEdits.monitoring(w, x -> {
            List<Measurement> all = new ArrayList<>(x.measurements());
            all.addAll(measurements);
            return x.withMeasurements(all);
        });
    }

    public void removeMeasurement(String id) {
        change("monitor.change.removeMeasurement", x -> x.withMeasurements(remove(x.measurements(), m -> m.id().equals(id))));
    }

    // audits

    /** Starts an audit of the standards of {@code momentIds} (empty: all) and makes it the one entered. */
    public String startAudit(LocalDate date, String auditor, String location, String counter, List<String> momentIds) {
        Audit audit = new Audit(Ids.next("au"), date, auditor, location, counter, List.of(), momentIds);
        change("monitor.change.audit", x -> x.withAudits(append(x.audits(), audit)));
        auditId.set(audit.id());
        return audit.id();
    }

    public Optional<Audit> audit(String id) {
        return monitoring().audits().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Audit> currentAudit() {
        return auditId.get() == null ? Optional.empty() : audit(auditId.get());
    }

    /** The checklist items an audit covers, standard by standard in the plan's order. */
    public List<AuditLine> lines(Audit audit) {
        List<AuditLine> lines = new ArrayList<>();
        for (ServiceStandard s : workshop().plan().standards()) {
            if (audit.momentIds().isEmpty() || audit.momentIds().contains(s.momentId())) {
                for (ChecklistItem item : s.items()) {
                    lines.add(new AuditLine(s, item));
                }
            }
        }
        return lines;
    }

    /** The form's line: a checklist item of a standard. */
    public record AuditLine(ServiceStandard standard, ChecklistItem item) {}

    public void setOutcome(String itemId, AuditOutcome outcome) {
        String id = auditId.get();
        if (id != null) {
            change("monitor.change.outcome", x -> x.withAudits(replace(x.audits(), a -> a.id().equals(id),
                    a -> MonitoringEdits.withOutcome(a, itemId, outcome))));
        }
    }

    public void setNote(String itemId, String note) {
        String id = auditId.get();
        if (id != null) {
            change("monitor.change.note", x -> x.withAudits(replace(x.audits(), a -> a.id().equals(id),
                    a -> MonitoringEdits.withNote(a, itemId, note))));
        }
    }

    public void removeAudit(String id) {
        change("monitor.change.removeAudit", x -> x.withAudits(remove(x.audits(), a -> a.id().equals(id))));
    }

    // feedback

    /** Logs feedback; a bad review gets an open follow-up due in the workshop's working days. */
    public void addFeedback(Feedback feedback) {
        change("monitor.change.feedback", x -> x.withFeedback(append(x.feedback(),
                MonitoringEdits.withDefaultFollowUp(feedback, x))));
    }

    public void setFollowUp(String feedbackId, FollowUp followUp) {
        change("monitor.change.followUp", x -> x.withFeedback(replace(x.feedback(), f -> f.id().equals(feedbackId),
                f -> f.withFollowUp(followUp))));
    }

    public void removeFeedback(String id) {
        change("monitor.change.removeFeedback", x -> x.withFeedback(remove(x.feedback(), f -> f.id().equals(id))));
    }

    public void setFollowUpWorkingDays(int days) {
        change("monitor.change.workingDays", x -> x.withFollowUpWorkingDays(Math.max(1, Math.min(60, days))));
    }

    public void setCalendar(List<LocalDate> holidays, List<LocalDate> makeUpWorkdays) {
        change("monitor.change.calendar", x -> x.withCalendar(holidays, makeUpWorkdays));
    }

    // actions

    public void setActionStatus(String actionId, ActionStatus status) {
        edits.apply("monitor.change.actionStatus", w -> MonitoringEdits.actionStatus(w, actionId, status));
    }

    // rounds

    /** The moments' scores to start a re-scoring from: the last round's, else step 2's. */
    public List<ScoreSnapshot> startingScores() {
        List<ReviewRound> rounds = monitoring().rounds();
        List<ScoreSnapshot> current = RoundClose.currentScores(workshop());
        if (rounds.isEmpty()) {
            return current;
        }
        List<ScoreSnapshot> last = rounds.getLast().scores();
        List<ScoreSnapshot> out = new ArrayList<>();
        for (var m : workshop().keyMoments().moments()) {
            last.stream().filter(s -> s.touchpointId().equals(m.touchpointId())).findFirst()
                    .or(() -> current.stream().filter(s -> s.touchpointId().equals(m.touchpointId())).findFirst())
                    .ifPresent(out::add);
        }
        return out;
    }

    public ReviewRound closeRound(String name, LocalDate day, String notes, List<ScoreSnapshot> scores) {
        ReviewRound round = RoundClose.close(workshop(), name, day, notes, scores);
        change("monitor.change.closeRound", x -> x.withRounds(append(x.rounds(), round)));
        return round;
    }

    private void change(String label, UnaryOperator<Monitoring> change) {
        edits.apply(label, w -> MonitoringEdits.monitoring(w, change));
    }
}
