package com.motstudio.ui.plan;

import atlantafx.base.theme.Styles;
import com.motstudio.method.plan.PlanChecks;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.ImprovementAction;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.ScrollToFocus;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Actions tab: a title field that adds an action on Enter and stays ready for the next, the
 * actions grouped by moment, owner or department with filters, and the chosen action's form.
 */
final class ActionsPane {
    private final PlanViewModel vm;
    private final Texts texts;
    private final TextField quickAdd = new TextField();
    private final ComboBox<ActionList.GroupBy> groupBy;
    private final ComboBox<ActionStatus> statusFilter;
    private final TextField words = new TextField();
    private final CheckBox overdue;
    private final ListView<ActionList> list = new ListView<>();
    private final ActionForm form;
    private final SplitPane root;

    ActionsPane(PlanViewModel vm, Texts texts, java.util.function.Supplier<String> currentMoment) {
        this.vm = vm;
        this.texts = texts;
        quickAdd.setId("plan-action-new");
        quickAdd.setPromptText(texts.get("plan.action.new"));
        quickAdd.setAccessibleText(texts.get("plan.action.new"));
        quickAdd.setPrefColumnCount(12);
        // Ctrl+Z and Ctrl+Y here act on the workshop, as in every field (nothing is committed on leaving)
        com.motstudio.ui.common.Commit.onEnterOrLeave(quickAdd, text -> { });
        quickAdd.setOnAction(e -> {
            if (!quickAdd.getText().isBlank()) {
                String id = vm.addAction(quickAdd.getText(), currentMoment.get());
                quickAdd.clear();
                select(id);
            }
        });
        groupBy = Choices.of(g -> texts.get("plan.group." + g.name()));
        groupBy.getItems().setAll(ActionList.GroupBy.values());
        groupBy.setValue(ActionList.GroupBy.MOMENT);
        groupBy.setId("plan-group");
        groupBy.setAccessibleText(texts.get("plan.group"));
        statusFilter = Choices.of(texts::of, texts.get("plan.filter.allStatuses"));
        List<ActionStatus> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(List.of(ActionStatus.values()));
        statusFilter.getItems().setAll(statuses);
        statusFilter.setId("plan-status-filter");
        statusFilter.setAccessibleText(texts.get("plan.filter.status"));
        statusFilter.setPromptText(texts.get("plan.filter.allStatuses"));
        words.setId("plan-action-filter");
        words.setPrefColumnCount(16); // its prompt whole at large text in Chinese
        com.motstudio.ui.common.Commit.onEnterOrLeave(words, text -> { });
        words.setPromptText(texts.get("plan.filter.words"));
        words.setAccessibleText(texts.get("plan.filter.words"));
        overdue = new CheckBox(texts.get("plan.filter.overdue"));
        overdue.setId("plan-filter-overdue");
        Label groupLabel = new Label(texts.get("plan.group"));
        groupLabel.setLabelFor(groupBy);
        // the quick add on a line of its own, as wide as the list: its prompt says to press Enter
        FlowPane bar = new FlowPane(8, 6, groupLabel, groupBy, statusFilter, words, overdue);
        bar.setAlignment(Pos.CENTER_LEFT);
        list.setId("plan-actions");
        list.setAccessibleText(texts.get("plan.tab.actions"));
        list.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("plan.actions.none")));
        // an action's line wraps (title, owner, due date) instead of running off the list
        list.setCellFactory(l -> new com.motstudio.ui.common.WrappingListCell<>(l) {
            @Override
            protected void updateItem(ActionList row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("plan-group-heading");
                pseudoClassStateChanged(OVERDUE, false);
                if (empty || row == null) {
                    show(null);
                } else if (row.isHeading()) {
                    show(row.heading().isEmpty() ? texts.get("plan.group.none." + groupBy.getValue().name()) : row.heading());
                    getStyleClass().add("plan-group-heading");
                } else {
                    show(line(row.action()));
                    pseudoClassStateChanged(OVERDUE, isOverdue(row.action()));
                }
            }
        });
        form = new ActionForm(vm, texts);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && row.isHeading()) {
                return;
            }
            form.show(row == null ? null : row.action().id());
        });
        groupBy.valueProperty().addListener((o, a, b) -> refresh());
        statusFilter.valueProperty().addListener((o, a, b) -> refresh());
        words.textProperty().addListener((o, a, b) -> refresh());
        overdue.selectedProperty().addListener((o, a, b) -> refresh());
        quickAdd.setMaxWidth(Double.MAX_VALUE);
        VBox left = new VBox(8, quickAdd, bar, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(10, 6, 10, 10));
        ScrollPane right = new ScrollPane(form.root());
        right.setFitToWidth(true);
        right.setId("plan-action-form");
        ScrollToFocus.follow(right);
        right.setMinWidth(260);
        left.setMinWidth(180);
        root = new SplitPane(left, right);
        root.setDividerPositions(0.45);
    }

    private static final javafx.css.PseudoClass OVERDUE = javafx.css.PseudoClass.getPseudoClass("overdue");

    Node root() {
        return root;
    }

    TextField quickAdd() {
        return quickAdd;
    }

    /** Shows the actions of one owner (for an overloaded-owner warning). */
    void showOwner(String owner) {
        groupBy.setValue(ActionList.GroupBy.OWNER);
        statusFilter.setValue(null);
        overdue.setSelected(false);
        words.setText(owner);
    }

    /** Chooses an action and puts the keyboard in one of its fields ("owner", "due" or "title"). */
    void select(String actionId, String field) {
        select(actionId);
        if (list.getItems().stream().noneMatch(r -> !r.isHeading() && r.action().id().equals(actionId))) {
            words.clear();
            statusFilter.setValue(null);
            overdue.setSelected(false);
            select(actionId);
        }
        form.focus(field);
    }

    void select(String actionId) {
        list.getItems().stream().filter(r -> !r.isHeading() && r.action().id().equals(actionId)).findFirst()
                .ifPresent(r -> {
                    list.getSelectionModel().select(r);
                    list.scrollTo(r);
                });
    }

    /** After every change: rows rebuilt, the chosen action kept (by id), its form up to date. */
    void refresh() {
        String chosen = form.actionId();
        List<ActionList> rows = ActionList.rows(vm.plan().actions(), vm.moments(), vm::momentName, groupBy.getValue(),
                new ActionList.Filter(statusFilter.getValue(), words.getText(), overdue.isSelected()), vm.today());
        if (!rows.equals(list.getItems())) {
            list.getItems().setAll(rows);
        }
        ActionList row = list.getSelectionModel().getSelectedItem();
        if (chosen != null && (row == null || row.isHeading() || !row.action().id().equals(chosen))) {
            select(chosen);
        }
        form.show(chosen != null && vm.action(chosen).isPresent() ? chosen : null);
    }

    private String line(ImprovementAction a) {
        List<String> parts = new ArrayList<>();
        parts.add(a.title().isEmpty() ? texts.get("plan.action.untitled") : a.title());
        String who = String.join(" / ", java.util.stream.Stream.of(a.ownerPerson(), a.ownerDepartment()).filter(s -> !s.isBlank()).toList());
        parts.add(who.isEmpty() ? texts.get("plan.action.noOwner") : who);
        parts.add(a.dueDate() == null ? texts.get("plan.action.noDue") : texts.format("plan.action.dueOn", a.dueDate().toString()));
        parts.add(texts.of(a.status()));
        return String.join(" · ", parts);
    }

    private boolean isOverdue(ImprovementAction a) {
        return PlanChecks.isOpen(a) && a.dueDate() != null && a.dueDate().isBefore(vm.today()) && Objects.nonNull(a.title());
    }
}
