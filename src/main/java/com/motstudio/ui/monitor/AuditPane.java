package com.motstudio.ui.monitor;

import atlantafx.base.theme.Styles;
import com.motstudio.model.Audit;
import com.motstudio.model.AuditOutcome;
import com.motstudio.model.AuditResult;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.StatusTone;
import com.motstudio.ui.monitor.MonitorViewModel.AuditLine;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counter audits: a form that starts an audit (date, auditor, hall, counter, which moments), the
 * audits so far, and the checklist of the chosen audit, entered with one key an item: P pass,
 * F fail, N not applicable (the next item is selected), Delete clears; a note for the selected item.
 */
final class AuditPane implements MonitorSection {
    private final MonitorViewModel vm;
    private final Texts texts;
    private final javafx.scene.control.SplitPane root = new javafx.scene.control.SplitPane();
    private final com.motstudio.ui.common.NarrowStack stack;
    private final TextField date = new TextField();
    private final TextField auditor = new TextField();
    private final TextField location = new TextField();
    private final TextField counter = new TextField();
    private final VBox moments = new VBox(4);
    private final ListView<Audit> audits = new ListView<>();
    private final TableView<AuditLine> grid = new TableView<>();
    private final TextField note = new TextField();
    private final Label progress = new Label();
    private final Label dateProblem = new Label();
    private Map<String, AuditResult> results = Map.of();
    private MonitorNames names;

    AuditPane(MonitorViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        // the new-audit form scrolls, and stacks above the checklist when the page is narrow
        javafx.scene.control.ScrollPane left = new javafx.scene.control.ScrollPane(form());
        left.setFitToWidth(true);
        left.setFitToHeight(true);
        left.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        left.setMinWidth(240);
        com.motstudio.ui.common.ScrollToFocus.follow(left);
        root.getItems().setAll(left, checklist());
        root.setDividerPositions(0.3);
        stack = new com.motstudio.ui.common.NarrowStack(root, 52, dateProblem);
        vm.auditIdProperty().subscribe(id -> refresh(vm.workshop()));
    }

    @Override
    public Parent root() {
        return stack.root();
    }

    private Parent form() {
        date.setId("audit-date");
        date.setText(MonitorNames.date(vm.today()));
        auditor.setId("audit-auditor");
        location.setId("audit-location");
        counter.setId("audit-counter");
        GridPane fields = new GridPane(8, 6);
        row(fields, 0, "monitor.audit.date", date);
        row(fields, 1, "monitor.audit.auditor", auditor);
        row(fields, 2, "monitor.audit.location", location);
        row(fields, 3, "monitor.audit.counter", counter);
        Label momentsLabel = new Label(texts.get("monitor.audit.moments"));
        Button start = new Button(texts.get("monitor.audit.start"));
        start.setId("audit-start");
        start.setDefaultButton(false);
        start.setOnAction(e -> start());
        dateProblem.getStyleClass().add(Styles.DANGER);
        dateProblem.setWrapText(true);
        Label listLabel = new Label(texts.get("monitor.audit.list"));
        listLabel.getStyleClass().add(Styles.TEXT_BOLD);
        audits.setId("audit-list");
        audits.setAccessibleText(texts.get("monitor.audit.list"));
        audits.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("monitor.audit.noneYet")));
        audits.setPrefHeight(200);
        audits.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Audit a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : texts.format("monitor.audit.item", MonitorNames.date(a.date()), a.counter(),
                        a.auditor(), a.results().size()));
            }
        });
        audits.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.id().equals(vm.auditIdProperty().get())) {
                vm.auditIdProperty().set(b.id());
            }
        });
        Button remove = new Button(texts.get("monitor.audit.remove"));
        remove.setId("audit-remove");
        remove.setOnAction(e -> vm.currentAudit().ifPresent(a -> vm.removeAudit(a.id())));
        Label title = new Label(texts.get("monitor.audit.new"));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(8, title, fields, momentsLabel, moments, start, dateProblem, listLabel, audits, remove);
        VBox.setVgrow(audits, Priority.ALWAYS);
        box.setPadding(new Insets(10, 10, 10, 12));
        momentsLabel.setWrapText(true);
        return box;
    }

    private void row(GridPane grid, int row, String key, TextField field) {
        Label label = new Label(texts.get(key));
        label.setLabelFor(field);
        field.setAccessibleText(texts.get(key));
        field.setOnAction(e -> start());
        field.setPrefColumnCount(11);
        grid.addRow(row, label, field);
    }

    private void start() {
        var day = MonitorNames.parseDate(date.getText());
        if (day == null) {
            dateProblem.setText(texts.format("monitor.badDate", date.getText()));
            return;
        }
        dateProblem.setText("");
        List<String> chosen = new ArrayList<>();
        moments.getChildren().forEach(n -> {
            if (n instanceof CheckBox box && box.isSelected()) {
                chosen.add((String) box.getUserData());
            }
        });
        vm.startAudit(day, auditor.getText().strip(), location.getText().strip(), counter.getText().strip(), chosen);
        grid.getSelectionModel().clearAndSelect(0);
        grid.requestFocus();
    }

    private Parent checklist() {
        TableColumn<AuditLine, String> standard = column("monitor.audit.standard", l -> names.of(l.standard().id()), 150);
        TableColumn<AuditLine, String> item = column("monitor.audit.checkItem", l -> l.item().behaviour(), 230);
        TableColumn<AuditLine, String> criterion = column("monitor.audit.criterion", l -> l.item().criterion(), 190);
        TableColumn<AuditLine, String> outcome = column("monitor.audit.outcome", l -> {
            AuditResult r = results.get(l.item().id());
            return r == null ? "" : texts.get("monitor.outcome." + r.outcome().name());
        }, 90);
        TableColumn<AuditLine, String> noteColumn = column("monitor.audit.note", l -> {
            AuditResult r = results.get(l.item().id());
            return r == null ? "" : r.note();
        }, 140);
        grid.getColumns().setAll(List.of(standard, item, criterion, outcome, noteColumn));
        grid.setId("audit-grid");
        grid.setAccessibleText(texts.get("monitor.tab.AUDITS"));
        com.motstudio.ui.common.WrappingTable.apply(grid);
        grid.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        grid.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("monitor.audit.empty")));
        grid.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AuditLine line, boolean empty) {
                super.updateItem(line, empty);
                AuditResult r = empty || line == null ? null : results.get(line.item().id());
                (r == null ? StatusTone.PLAIN : switch (r.outcome()) {
                    case PASS -> StatusTone.GOOD;
                    case FAIL -> StatusTone.BAD;
                    case NOT_APPLICABLE -> StatusTone.MUTED;
                }).mark(this);
            }
        });
        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        grid.getSelectionModel().selectedItemProperty().addListener((o, a, line) -> showNote(line));
        note.setId("audit-note");
        note.setAccessibleText(texts.get("monitor.audit.note"));
        note.setOnAction(e -> {
            AuditLine line = grid.getSelectionModel().getSelectedItem();
            if (line != null) {
                vm.setNote(line.item().id(), note.getText().strip());
                grid.requestFocus();
            }
        });
        Label noteLabel = new Label(texts.get("monitor.audit.note"));
        noteLabel.setLabelFor(note);
        HBox noteRow = new HBox(8, noteLabel, note);
        HBox.setHgrow(note, Priority.ALWAYS);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        Label keys = new Label(texts.get("monitor.audit.keys"));
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        keys.setWrapText(true);
        keys.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full, never cut short
        progress.setId("audit-progress");
        progress.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(8, progress, keys, grid, noteRow);
        VBox.setVgrow(grid, Priority.ALWAYS);
        box.setPadding(new Insets(10, 12, 10, 4));
        return box;
    }

    private TableColumn<AuditLine, String> column(String key, java.util.function.Function<AuditLine, String> value, double width) {
        TableColumn<AuditLine, String> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private void key(KeyEvent e) {
        AuditLine line = grid.getSelectionModel().getSelectedItem();
        if (line == null || vm.currentAudit().isEmpty()) {
            return;
        }
        AuditOutcome outcome = switch (e.getCode()) {
            case P -> AuditOutcome.PASS;
            case F -> AuditOutcome.FAIL;
            case N -> AuditOutcome.NOT_APPLICABLE;
            default -> null;
        };
        if (outcome != null && !e.isShortcutDown()) {
            int index = grid.getSelectionModel().getSelectedIndex();
            vm.setOutcome(line.item().id(), outcome);
            select(Math.min(index + 1, grid.getItems().size() - 1));
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            int index = grid.getSelectionModel().getSelectedIndex();
            vm.setOutcome(line.item().id(), null);
            select(index);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && results.containsKey(line.item().id())) {
            note.requestFocus();
            e.consume();
        }
    }

    private void select(int index) {
        grid.getSelectionModel().clearAndSelect(index);
        grid.scrollTo(Math.max(0, index - 3));
    }

    private void showNote(AuditLine line) {
        AuditResult r = line == null ? null : results.get(line.item().id());
        note.setText(r == null ? "" : r.note());
        note.setDisable(r == null);
    }

    @Override
    public void refresh(Workshop w) {
        names = new MonitorNames(w, texts);
        List<String> chosen = moments.getChildren().stream().filter(n -> n instanceof CheckBox b && b.isSelected())
                .map(n -> (String) n.getUserData()).toList();
        moments.getChildren().clear();
        for (MomentOfTruth m : w.keyMoments().moments()) {
            CheckBox box = new CheckBox(names.of(m.id()));
            box.setUserData(m.id());
            box.setId("audit-moment-" + m.id());
            box.setSelected(chosen.contains(m.id()));
            box.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            moments.getChildren().add(box);
        }
        audits.getItems().setAll(w.monitoring().audits());
        Audit audit = vm.currentAudit().orElse(null);
        audits.getSelectionModel().select(audit);
        int selected = grid.getSelectionModel().getSelectedIndex();
        results = audit == null ? Map.of() : audit.results().stream()
                .collect(Collectors.toMap(AuditResult::itemId, r -> r, (a, b) -> b));
        grid.getItems().setAll(audit == null ? List.of() : vm.lines(audit));
        if (selected >= 0 && selected < grid.getItems().size()) {
            grid.getSelectionModel().clearAndSelect(selected);
        }
        long done = grid.getItems().stream().filter(l -> results.containsKey(l.item().id())).count();
        progress.setText(audit == null ? texts.get("monitor.audit.none")
                : texts.format("monitor.audit.progress", audit.counter(), MonitorNames.date(audit.date()), done, grid.getItems().size()));
    }
}
