package com.motstudio.ui.shell;

import atlantafx.base.theme.Styles;
import com.motstudio.edit.WorkshopDocument;
import com.motstudio.text.Texts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Subscription;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The status bar: the activity timer, where the workshop is saved, whether it has unsaved changes, the last autosave —
 * or, in red until it works again, why the last autosave failed.
 */
final class StatusBarView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final HBox bar = new HBox(16);
    private final Label path = new Label();
    private final Label state = new Label();
    private final Label autosave = new Label();
    private final ShellViewModel vm;
    private final Texts texts;
    private final Subscription subscription;

    /** {@code timer} is the activity timer's compact display, shown first: the room looks for it. */
    StatusBarView(ShellViewModel vm, Texts texts, Node timer) {
        this.vm = vm;
        this.texts = texts;
        path.setId("status-path");
        state.setId("status-state");
        autosave.setId("status-autosave");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar.getChildren().addAll(timer, path, gap, autosave, state);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        for (Label label : new Label[] {path, state, autosave}) {
            label.getStyleClass().add(Styles.TEXT_SMALL);
        }
        autosave.setTooltip(new Tooltip());
        autosave.setMinWidth(Region.USE_PREF_SIZE);
        subscription = Subscription.combine(vm.revisionProperty().subscribe(revision -> refresh()),
                vm.lastAutosaveProperty().subscribe(time -> refresh()),
                vm.autosaveProblemProperty().subscribe(problem -> refresh()));
    }

    HBox root() {
        return bar;
    }

    Subscription subscription() {
        return subscription;
    }

    private void refresh() {
        WorkshopDocument doc = vm.document();
        if (doc == null) {
            return;
        }
        path.setText(doc.file().map(f -> f.toAbsolutePath().toString()).orElse(texts.get("status.notSavedYet")));
        state.setText(texts.get(doc.isDirty() ? "status.unsaved" : doc.file().isEmpty() ? "status.new" : "status.saved"));
        state.getStyleClass().removeAll(Styles.WARNING, Styles.SUCCESS);
        state.getStyleClass().add(doc.isDirty() ? Styles.WARNING : Styles.SUCCESS);
        AutosaveProblem problem = vm.autosaveProblemProperty().get();
        Instant last = vm.lastAutosaveProperty().get();
        autosave.getStyleClass().remove(Styles.DANGER);
        if (problem != null) {
            autosave.setText(texts.format("status.autosaveFailed", time(problem.at())));
            autosave.getTooltip().setText(problem.reason());
            autosave.setAccessibleText(autosave.getText() + " " + problem.reason());
            autosave.getStyleClass().add(Styles.DANGER);
        } else {
            autosave.setText(last == null ? "" : texts.format("status.autosaved", time(last)));
            autosave.getTooltip().setText(autosave.getText());
            autosave.setAccessibleText(null);
        }
        autosave.setVisible(!autosave.getText().isEmpty());
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
