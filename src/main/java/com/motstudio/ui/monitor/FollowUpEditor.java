package com.motstudio.ui.monitor;

import atlantafx.base.theme.Styles;
import com.motstudio.method.monitor.FollowUps;
import com.motstudio.model.Feedback;
import com.motstudio.model.FollowUp;
import com.motstudio.model.FollowUpStatus;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.FormDrafts;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The follow-up of the chosen bad review: deadline, what was put right, the customer's rating of
 * the fix (1–5), status and the day it was settled; and the workshop's deadline in working days.
 */
final class FollowUpEditor {
    private final MonitorViewModel vm;
    private final Texts texts;
    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final TextField deadline = new TextField();
    private final TextArea rectification = new TextArea();
    private final TextField fixRating = new TextField();
    private final ComboBox<FollowUpStatus> status = new ComboBox<>();
    private final TextField closedOn = new TextField();
    private final Label problem = new Label();
    private final GridPane grid = new GridPane(8, 6);
    private final Button save = new Button();
    private final TextField holidays = new TextField();
    private final TextField workdays = new TextField();
    /** Follow-ups typed but not savable yet, by review; they outlive this form when the window is rebuilt. */
    private final FormDrafts drafts;
    private Feedback shown;
    private Draft loaded;
    private boolean saving;
    private boolean filling;

    /** The form's name among the shell's drafts; each review's draft is kept under it and the review's id. */
    private static final String FORM = "monitor.followUp";

    /** The form's texts as typed: deadline, what was put right, fix rating, status, settled on. */
    private record Draft(String deadline, String rectification, String fixRating, FollowUpStatus status, String closedOn) {}

    FollowUpEditor(MonitorViewModel vm, Texts texts, FormDrafts drafts) {
        this.vm = vm;
        this.texts = texts;
        this.drafts = drafts;
        drafts.attach(FORM, this::commit);
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        deadline.setId("followup-deadline");
        rectification.setId("followup-rectification");
        fixRating.setId("followup-fix-rating");
        status.setId("followup-status");
        status.getItems().setAll(FollowUpStatus.values());
        status.setConverter(com.motstudio.ui.common.Shown.as(s -> texts.get("monitor.followUp." + s.name())));
        closedOn.setId("followup-closed");
        rectification.setWrapText(true);
        rectification.setPrefRowCount(3);
        rectification.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isShortcutDown()) { // Tab moves on, as in every field
                rectification.requestFocusTraversal(e.isShiftDown() ? javafx.scene.TraversalDirection.PREVIOUS
                        : javafx.scene.TraversalDirection.NEXT);
                e.consume();
            }
        });
        for (TextInputControl field : List.of(deadline, rectification, fixRating, closedOn)) {
            com.motstudio.ui.common.Commit.onEnterOrLeave(field, text -> saveIfChanged());
        }
        status.setOnAction(e -> saveIfChanged());
        int row = 0;
        for (var pair : java.util.List.<Object[]>of(new Object[]{"monitor.followUp.deadline", deadline},
                new Object[]{"monitor.followUp.rectification", rectification}, new Object[]{"monitor.followUp.fixRating", fixRating},
                new Object[]{"monitor.followUp.status", status}, new Object[]{"monitor.followUp.closedOn", closedOn})) {
            Label label = new Label(texts.get((String) pair[0]));
            javafx.scene.control.Control control = (javafx.scene.control.Control) pair[1];
            label.setLabelFor(control);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            control.setAccessibleText(label.getText());
            control.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(control, Priority.ALWAYS);
            grid.addRow(row++, label, control);
        }
        save.setText(texts.get("monitor.followUp.save"));
        save.setId("followup-save");
        save.setOnAction(e -> save());
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        Spinner<Integer> days = new Spinner<>(1, 60, vm.monitoring().followUpWorkingDays());
        days.setId("followup-working-days");
        days.setAccessibleText(texts.get("monitor.followUp.workingDays"));
        days.setEditable(true);
        days.setPrefWidth(80);
        days.valueProperty().addListener((o, a, b) -> vm.setFollowUpWorkingDays(b));
        vm.workshopProperty().subscribe(w -> days.getValueFactory().setValue(w.monitoring().followUpWorkingDays()));
        Label daysLabel = new Label(texts.get("monitor.followUp.workingDays"));
        daysLabel.setLabelFor(days);
        HBox daysRow = new HBox(8, daysLabel, days);
        daysRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        GridPane calendar = new GridPane(8, 6);
        calendarField(calendar, 0, "monitor.followUp.holidays", holidays);
        calendarField(calendar, 1, "monitor.followUp.workdays", workdays);
        vm.workshopProperty().subscribe(w -> {
            holidays.setText(dates(w.monitoring().holidays()));
            workdays.setText(dates(w.monitoring().makeUpWorkdays()));
        });
        root.getChildren().setAll(daysRow, calendar, title, grid, save, problem);
        show(null);
    }

    private void calendarField(GridPane grid, int row, String key, TextField field) {
        Label label = new Label(texts.get(key));
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setAccessibleText(label.getText());
        field.setPromptText(texts.get("monitor.followUp.datesPrompt"));
        field.setId(row == 0 ? "followup-holidays" : "followup-workdays");
        GridPane.setHgrow(field, Priority.ALWAYS);
        field.setOnAction(e -> saveCalendar());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                saveCalendar();
            }
        });
        grid.addRow(row, label, field);
    }

    private void saveCalendar() {
        java.util.List<LocalDate> off = parseDates(holidays.getText());
        java.util.List<LocalDate> on = parseDates(workdays.getText());
        if (off == null || on == null) {
            problem.setText(texts.format("monitor.badDate", off == null ? holidays.getText() : workdays.getText()));
            return;
        }
        problem.setText("");
        vm.setCalendar(off, on);
    }

    /** Dates separated by commas, spaces or semicolons, sorted without repeats; null when one is no date. */
    static java.util.List<LocalDate> parseDates(String text) {
        java.util.TreeSet<LocalDate> out = new java.util.TreeSet<>();
        for (String part : text.split("[,;\\s\u3001\uff0c]+")) {
            if (part.isBlank()) {
                continue;
            }
            LocalDate day = MonitorNames.parseDate(part);
            if (day == null) {
                return null;
            }
            out.add(day);
        }
        return java.util.List.copyOf(out);
    }

    private static String dates(java.util.List<LocalDate> days) {
        return String.join(", ", days.stream().map(LocalDate::toString).toList());
    }

    Parent root() {
        return root;
    }

    /**
     * Shows the follow-up of {@code f} (nothing when it is no bad review). Changes typed for the
     * review shown before are saved first, or kept as its draft when they cannot be saved yet.
     */
    void show(Feedback f) {
        boolean same = shown != null && f != null && shown.id().equals(f.id());
        if (shown != null && changed() && !saving) {
            if (same) {
                shown = f; // a refresh while typing: keep what is typed
                return;
            }
            commit();
        }
        shown = f != null && FollowUps.isBad(f) ? f : null;
        boolean on = shown != null;
        grid.setDisable(!on);
        save.setDisable(!on);
        problem.setText("");
        if (!on) {
            title.setText(texts.get("monitor.followUp.choose"));
            fill(new Draft("", "", "", null, ""));
            return;
        }
        FollowUp u = shown.followUp();
        title.setText(texts.format("monitor.followUp.title", MonitorNames.date(shown.date()), shown.text()));
        fill(new Draft(MonitorNames.date(u == null || u.deadline() == null ? new FollowUps(vm.monitoring()).deadline(shown) : u.deadline()),
                u == null ? "" : u.rectification(),
                u == null || u.fixRating() == null ? "" : String.valueOf(u.fixRating()),
                u == null ? FollowUpStatus.OPEN : u.status(),
                u == null ? "" : MonitorNames.date(u.closedOn())));
        Draft draft = drafts.take(key(shown.id()), Draft.class);
        if (draft != null) {
            Draft stored = loaded;
            fill(draft);
            loaded = stored;
            problem.setText(texts.get("monitor.followUp.draft"));
        }
    }

    /** Saves what the form holds for the review shown, or keeps it as that review's draft. */
    private void commit() {
        if (shown != null && changed() && !saving && !filling && !save()) {
            drafts.keep(key(shown.id()), typed());
        }
    }

    /** Whether a draft is kept for the review {@code feedbackId}. */
    boolean hasDraft(String feedbackId) {
        return drafts.peek(key(feedbackId), Draft.class) != null;
    }

    /** Forgets the drafts of reviews that are gone (removed from the log). */
    void keepOnly(Collection<String> feedbackIds) {
        for (String k : drafts.keys()) {
            if (k.startsWith(FORM + ".") && !feedbackIds.contains(k.substring(FORM.length() + 1))) {
                drafts.drop(k);
            }
        }
    }

    private static String key(String feedbackId) {
        return FORM + "." + feedbackId;
    }

    private void fill(Draft d) {
        filling = true;
        try {
            deadline.setText(d.deadline());
            rectification.setText(d.rectification());
            fixRating.setText(d.fixRating());
            status.setValue(d.status());
            closedOn.setText(d.closedOn());
            loaded = d;
        } finally {
            filling = false;
        }
    }

    private Draft typed() {
        return new Draft(deadline.getText(), rectification.getText(), fixRating.getText(), status.getValue(), closedOn.getText());
    }

    /** Whether the form holds something the workshop does not. */
    boolean changed() {
        return shown != null && loaded != null && !typed().equals(loaded);
    }

    private void saveIfChanged() {
        if (changed() && !saving && !filling) {
            save();
        }
    }

    /** Saves the form; false (with the reason shown) when something in it is not valid. */
    private boolean save() {
        if (shown == null) {
            return true;
        }
        LocalDate due = MonitorNames.parseDate(deadline.getText());
        LocalDate closed = closedOn.getText().isBlank() ? null : MonitorNames.parseDate(closedOn.getText());
        Integer fix = fixRating.getText().isBlank() ? null : FeedbackPane.integer(fixRating.getText());
        if (due == null) {
            problem.setText(texts.format("monitor.badDate", deadline.getText()));
        } else if (!closedOn.getText().isBlank() && closed == null) {
            problem.setText(texts.format("monitor.badDate", closedOn.getText()));
        } else if (!fixRating.getText().isBlank() && (fix == null || fix < 1 || fix > 5)) {
            problem.setText(texts.format("monitor.feedback.badRating", fixRating.getText(), 1, 5));
        } else {
            FollowUpStatus s = status.getValue() == null ? FollowUpStatus.OPEN : status.getValue();
            if (s != FollowUpStatus.OPEN && closed == null) {
                closed = vm.today();
            }
            saving = true;
            try {
                loaded = null; // the refresh that follows shows what was stored
                vm.setFollowUp(shown.id(), new FollowUp(due, rectification.getText().strip(), fix, s, closed));
            } finally {
                saving = false;
            }
            if (loaded == null) { // nothing new to store, so no refresh came
                loaded = typed();
            }
            problem.setText("");
            return true;
        }
        return false;
    }
}
