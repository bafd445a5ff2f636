package com.motstudio.ui.monitor;

import atlantafx.base.theme.Styles;
import com.motstudio.method.monitor.ActionProgress;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The action board: a column per status with a card per action (overdue ones red), moved by
 * dragging a card to another column or, on a focused card, with Ctrl+Left / Ctrl+Right; below it
 * the progress per moment and per department.
 */
final class ActionBoard implements MonitorSection {
    private static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");
    private final MonitorViewModel vm;
    private final Texts texts;
    private final VBox root = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(root);
    private final Map<ActionStatus, VBox> columns = new EnumMap<>(ActionStatus.class);
    private final Map<ActionStatus, Label> headers = new EnumMap<>(ActionStatus.class);
    private final GridPane progress = new GridPane(16, 4);
    private String focusedId;
    private String dragged;

    ActionBoard(MonitorViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        HBox board = new HBox(8);
        for (ActionStatus status : ActionStatus.values()) {
            Label header = new Label();
            header.getStyleClass().add(Styles.TEXT_BOLD);
            headers.put(status, header);
            VBox cards = new VBox(6);
            cards.setId("board-" + status.name());
            cards.setPadding(new Insets(6));
            cards.setMinHeight(220);
            cards.getStyleClass().add("board-column");
            // a press-drag-release gesture rather than system drag and drop: it needs no clipboard
            cards.setOnMouseDragEntered(e -> cards.pseudoClassStateChanged(DROP_TARGET, true));
            cards.setOnMouseDragExited(e -> cards.pseudoClassStateChanged(DROP_TARGET, false));
            cards.setOnMouseDragReleased(e -> {
                cards.pseudoClassStateChanged(DROP_TARGET, false);
                if (dragged != null) {
                    String id = dragged;
                    dragged = null;
                    focusedId = id;
                    vm.setActionStatus(id, status);
                }
                e.consume();
            });
            columns.put(status, cards);
            ScrollPane scroll = new ScrollPane(cards);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            VBox column = new VBox(4, header, scroll);
            VBox.setVgrow(scroll, Priority.ALWAYS);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setPrefWidth(150);
            column.getStyleClass().add("board-lane");
            board.getChildren().add(column);
        }
        Label hint = new Label(texts.get("monitor.board.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label progressTitle = new Label(texts.get("monitor.board.progress"));
        progressTitle.getStyleClass().add(Styles.TITLE_4);
        progress.setId("board-progress");
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setHgrow(Priority.ALWAYS);
        progress.getColumnConstraints().setAll(names);
        // the lanes keep their words whole: on a narrow page the board alone scrolls sideways
        ScrollPane lanes = new ScrollPane(board);
        lanes.setFitToWidth(true);
        lanes.setFitToHeight(true);
        lanes.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        lanes.getStyleClass().addAll("edge-to-edge", "board-lanes");
        com.motstudio.ui.common.ScrollToFocus.follow(lanes);
        root.getChildren().setAll(hint, lanes, progressTitle, progress);
        VBox.setVgrow(lanes, Priority.ALWAYS);
        root.setPadding(new Insets(10, 12, 10, 12));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        com.motstudio.ui.common.ScrollToFocus.follow(scroll);
    }

    @Override
    public Parent root() {
        return scroll;
    }

    @Override
    public void refresh(Workshop w) {
        MonitorNames names = new MonitorNames(w, texts);
        columns.values().forEach(c -> c.getChildren().clear());
        Label focus = null;
        for (ImprovementAction a : w.plan().actions()) {
            Label card = card(a, names);
            columns.get(a.status()).getChildren().add(card);
            if (a.id().equals(focusedId)) {
                focus = card;
            }
        }
        for (ActionStatus s : ActionStatus.values()) {
            headers.get(s).setText(texts.format("monitor.board.column", texts.get("monitor.action." + s.name()),
                    columns.get(s).getChildren().size()));
        }
        if (focus != null) {
            focus.requestFocus();
        }
        progress(w, names);
    }

    private Label card(ImprovementAction a, MonitorNames names) {
        boolean overdue = ActionProgress.isOverdue(a, vm.today());
        String due = a.dueDate() == null ? "" : texts.format(overdue ? "monitor.board.overdue" : "monitor.board.due",
                MonitorNames.date(a.dueDate()));
        String owner = String.join(" · ", List.of(a.ownerPerson(), a.ownerDepartment()).stream().filter(s -> !s.isEmpty()).toList());
        Label card = new Label(String.join("\n", List.of(a.title(), owner, due).stream().filter(s -> !s.isEmpty()).toList()));
        card.setWrapText(true);
        card.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setId("card-" + a.id());
        card.setFocusTraversable(true);
        card.setAccessibleRole(javafx.scene.AccessibleRole.LIST_ITEM);
        card.setAccessibleHelp(texts.get("monitor.board.hint"));
        card.setAccessibleText(texts.format("monitor.board.cardAccessible", a.title(), texts.get("monitor.action." + a.status().name())));
        card.getStyleClass().add("board-card");
        (overdue ? com.motstudio.ui.common.StatusTone.BAD : com.motstudio.ui.common.StatusTone.PLAIN).mark(card);
        card.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                focusedId = a.id();
            }
        });
        card.setOnDragDetected(e -> {
            dragged = a.id();
            card.startFullDrag();
            e.consume();
        });
        card.setOnMouseReleased(e -> dragged = null);
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
                int step = e.getCode() == KeyCode.RIGHT ? 1 : -1;
                int next = Math.floorMod(a.status().ordinal() + step, ActionStatus.values().length);
                focusedId = a.id();
                vm.setActionStatus(a.id(), ActionStatus.values()[next]);
                e.consume();
            }
        });
        card.setOnMouseClicked(e -> card.requestFocus());
        return card;
    }

    private void progress(Workshop w, MonitorNames names) {
        progress.getChildren().clear();
        int row = 0;
        progress.addRow(row++, bold("monitor.board.byMoment"), bold("monitor.board.done"), bold("monitor.board.overdueCount"));
        List<String> moments = w.keyMoments().moments().stream().map(MomentOfTruth::id).toList();
        for (var e : ActionProgress.byMoment(w.plan().actions(), moments, vm.today()).entrySet()) {
            progress.addRow(row++, name(names.of(e.getKey())), figure(doneText(e.getValue())),
                    figure(String.valueOf(e.getValue().overdue())));
        }
        progress.addRow(row++, bold("monitor.board.byDepartment"), new Label(), new Label());
        for (var e : ActionProgress.byDepartment(w.plan().actions(), vm.today()).entrySet()) {
            progress.addRow(row++, name(e.getKey().isEmpty() ? texts.get("monitor.none") : e.getKey()),
                    figure(doneText(e.getValue())), figure(String.valueOf(e.getValue().overdue())));
        }
    }

    private String doneText(ActionProgress p) {
        return texts.format("monitor.board.doneOf", p.count(ActionStatus.DONE), p.total() - p.count(ActionStatus.DROPPED),
                p.percentDone() == null ? texts.get("monitor.none") : texts.format("monitor.percent", p.percentDone()));
    }

    private Label bold(String key) {
        Label label = figure(texts.get(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    /** A moment's or department's name: wraps in full when the page is narrow. */
    private static Label name(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setMinWidth(80);
        return label;
    }

    /** A figure or a column's heading: always whole, the names give way. */
    private static Label figure(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
