package com.motstudio.ui.moments;

import atlantafx.base.theme.Styles;
import com.motstudio.method.RoleSuggestion;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Touchpoint;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * The team's decision on the chosen candidate — confirm it as a moment of truth or set it aside,
 * always with the reason — and the confirmed moments in the order the plan will take them.
 */
final class DecisionPanel {
    private final MomentsViewModel vm;
    private final Texts texts;
    private final Dialogs dialogs;
    private final Label title = new Label();
    private final Label state = new Label();
    private final Label suggested = new Label();
    private final Button tagSuggested;
    private final java.util.function.Supplier<com.motstudio.method.KeyMomentAnalysis> analysis;
    private final TextArea reason = new TextArea();
    private final ListView<MomentOfTruth> moments = new ListView<>();
    private final VBox root;
    private Touchpoint shown;

    DecisionPanel(MomentsViewModel vm, Texts texts, Dialogs dialogs,
                  java.util.function.Supplier<com.motstudio.method.KeyMomentAnalysis> analysis) {
        this.vm = vm;
        this.analysis = analysis;
        this.texts = texts;
        this.dialogs = dialogs;
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full, never cut short
        state.setWrapText(true);
        state.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full, never cut short
        state.setId("moments-decision-state");
        suggested.setId("moments-suggested-roles");
        suggested.setWrapText(true);
        suggested.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full, never cut short
        suggested.getStyleClass().add(Styles.TEXT_MUTED);
        tagSuggested = new Button(texts.get("moments.roles.tag"), new FontIcon(Feather.TAG));
        tagSuggested.setId("moments-tag-roles");
        tagSuggested.setOnAction(e -> {
            if (shown != null) {
                vm.tagRoles(suggestions(shown.id()));
            }
        });
        reason.setId("moments-reason");
        reason.setPromptText(texts.get("moments.reason.prompt"));
        reason.setAccessibleText(texts.get("moments.reason"));
        reason.setWrapText(true);
        reason.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full, never cut short
        reason.setPrefRowCount(3);
        Label reasonLabel = new Label(texts.get("moments.reason"));
        reasonLabel.setLabelFor(reason);
        Button confirm = new Button(texts.get("moments.confirm"), new FontIcon(Feather.CHECK_CIRCLE));
        confirm.setId("moments-confirm");
        confirm.getStyleClass().add(Styles.ACCENT); // white on the theme's green is below 4.5:1 in the light theme
        confirm.setOnAction(e -> confirm());
        Button aside = new Button(texts.get("moments.setAside"), new FontIcon(Feather.X_CIRCLE));
        aside.setId("moments-set-aside");
        aside.setOnAction(e -> setAside());
        Button undo = new Button(texts.get("moments.undecide"));
        undo.setId("moments-undecide");
        undo.setOnAction(e -> {
            if (shown != null && !vm.undecide(shown.id())) {
                inUse();
            }
        });
        for (Button b : new Button[] {confirm, aside, undo}) {
            b.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> shown == null, title.textProperty()));
        }
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, confirm, aside, undo);
        for (Button b : new Button[] {confirm, aside, undo}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Label chosen = new Label(texts.get("moments.chosen"));
        chosen.getStyleClass().add(Styles.TEXT_BOLD);
        chosen.setWrapText(true);
        chosen.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        moments.setId("moments-chosen");
        moments.setAccessibleText(texts.get("moments.chosen"));
        moments.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MomentOfTruth m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : (getIndex() + 1) + ". " + name(m.touchpointId())
                        + (m.rationale().isEmpty() ? "" : " — " + m.rationale()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        moments.setPrefHeight(160);
        Label empty = new Label(texts.get("moments.chosen.empty"));
        empty.setWrapText(true);
        moments.setPlaceholder(empty);
        Button up = new Button(null, new FontIcon(Feather.ARROW_UP));
        up.setAccessibleText(texts.get("moments.moveUp"));
        up.setOnAction(e -> moveChosen(-1));
        Button down = new Button(null, new FontIcon(Feather.ARROW_DOWN));
        down.setAccessibleText(texts.get("moments.moveDown"));
        down.setOnAction(e -> moveChosen(1));
        VBox.setVgrow(moments, Priority.ALWAYS);
        tagSuggested.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.VBox roles = new javafx.scene.layout.VBox(6, suggested, tagSuggested); // the button under the text: both whole on a narrow pane
        roles.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(suggested, Priority.ALWAYS);
        root = new VBox(8, title, state, roles, reasonLabel, reason, buttons, chosen, moments, new HBox(4, up, down));
        root.setId("moments-decision");
        vm.workshopProperty().subscribe(w -> {
            moments.getItems().setAll(vm.keyMoments().moments());
            show(shown == null ? null : vm.touchpoints().stream().filter(t -> t.id().equals(shown.id())).findFirst().orElse(null));
        });
        show(null);
    }

    Node root() {
        return root;
    }

    /** Shows the decision on a candidate (null: nothing chosen). */
    void show(Touchpoint touchpoint) {
        boolean changed = shown == null || touchpoint == null || !shown.id().equals(touchpoint.id());
        shown = touchpoint;
        title.setText(touchpoint == null ? texts.get("moments.decision.none") : touchpoint.name());
        if (touchpoint == null) {
            state.setText("");
            reason.clear();
            showSuggestions(List.of());
            return;
        }
        showSuggestions(suggestions(touchpoint.id()));
        var moment = vm.moment(touchpoint.id());
        var aside = vm.setAsideReason(touchpoint.id());
        state.setText(moment.isPresent() ? texts.get("moments.state.confirmed")
                : aside.isPresent() ? texts.get("moments.state.setAside") : texts.get("moments.state.open"));
        if (changed) {
            reason.setText(moment.map(MomentOfTruth::rationale).orElse(aside.orElse("")));
        }
    }

    /** Shows the suggestions again once the page has recomputed the figures for a change. */
    void refresh() {
        showSuggestions(shown == null ? List.of() : suggestions(shown.id()));
    }

    private List<RoleSuggestion> suggestions(String touchpointId) {
        return analysis.get().roleSuggestions().stream().filter(r -> r.touchpointId().equals(touchpointId) && !r.alreadySet()).toList();
    }

    /** The roles the data suggests for the shown touchpoint that it does not have yet, and why. */
    private void showSuggestions(List<RoleSuggestion> open) {
        suggested.setText(open.isEmpty() ? "" : texts.format("moments.roles.suggested", String.join(texts.get("moments.roles.separator"),
                open.stream().map(r -> texts.format("moments.roles.because", texts.of(r.role()), texts.of(r.reason()))).toList())));
        tagSuggested.setVisible(!open.isEmpty());
        tagSuggested.setManaged(!open.isEmpty());
        suggested.setManaged(!open.isEmpty());
        suggested.setVisible(!open.isEmpty()); // an emptied label kept its old place, over the reason field
    }

    private void confirm() {
        if (shown == null) {
            return;
        }
        if (reason.getText().isBlank()) {
            dialogs.showError(texts.get("moments.confirm"), texts.get("moments.reason.needed"));
            reason.requestFocus();
            return;
        }
        vm.confirm(shown.id(), reason.getText());
    }

    private void setAside() {
        if (shown == null) {
            return;
        }
        if (reason.getText().isBlank()) {
            dialogs.showError(texts.get("moments.setAside"), texts.get("moments.reason.needed"));
            reason.requestFocus();
            return;
        }
        if (!vm.setAside(shown.id(), reason.getText())) {
            inUse();
        }
    }

    private void inUse() {
        dialogs.showError(texts.get("moments.decision"), texts.format("moments.inUse", shown.name(), vm.usesOfMoment(shown.id())));
    }

    private void moveChosen(int delta) {
        MomentOfTruth m = moments.getSelectionModel().getSelectedItem();
        if (m != null) {
            vm.moveMoment(m.touchpointId(), delta);
            moments.getItems().stream().filter(x -> x.touchpointId().equals(m.touchpointId())).findFirst()
                    .ifPresent(x -> moments.getSelectionModel().select(x));
        }
    }

    private String name(String touchpointId) {
        return vm.touchpoints().stream().filter(t -> t.id().equals(touchpointId)).map(Touchpoint::name).findFirst().orElse(touchpointId);
    }
}
