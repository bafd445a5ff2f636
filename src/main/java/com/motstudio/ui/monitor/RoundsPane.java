package com.motstudio.ui.monitor;

import atlantafx.base.theme.Styles;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.ReviewRound;
import com.motstudio.model.ScoreSnapshot;
import com.motstudio.model.Workshop;
import com.motstudio.report.chart.ChartOptions;
import com.motstudio.report.chart.PairedBarChart;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.ChartCanvas;
import com.motstudio.ui.common.StatusTone;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * PDCA review rounds: close the current round (name, date, notes and the moments re-scored 0–100),
 * and compare any two closed rounds in a table of every figure and a chart of scores and compliance.
 */
final class RoundsPane implements MonitorSection {
    private final MonitorViewModel vm;
    private final Texts texts;
    private final SplitPane root = new SplitPane();
    private final com.motstudio.ui.common.NarrowStack stack;
    private final TextField name = new TextField();
    private final TextField date = new TextField();
    private final TextField notes = new TextField();
    private final GridPane scores = new GridPane(8, 4);
    private final List<TextField> scoreFields = new ArrayList<>();
    private final Label problem = new Label();
    private final ComboBox<ReviewRound> before = new ComboBox<>();
    private final ComboBox<ReviewRound> after = new ComboBox<>();
    private final TableView<Comparisons.Line> table = new TableView<>();
    private final ChartCanvas chart = new ChartCanvas(480, 300);
    private final Label placeholder = new Label();
    private String latestShown;
    private MonitorNames names;

    RoundsPane(MonitorViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        names = new MonitorNames(vm.workshop(), texts);
        ScrollPane left = new ScrollPane(closeForm());
        left.setFitToWidth(true);
        // the comparison scrolls too: with large text its table keeps a few rows and its chart its room
        ScrollPane right = new ScrollPane(comparison());
        right.setFitToWidth(true);
        right.viewportBoundsProperty().subscribe(b -> ((VBox) right.getContent()).setMinHeight(b.getHeight()));
        root.getItems().setAll(left, right);
        root.setDividerPositions(0.32);
        stack = new com.motstudio.ui.common.NarrowStack(root, 52, problem);
    }

    @Override
    public Parent root() {
        return stack.root();
    }

    private Parent closeForm() {
        Label title = new Label(texts.get("monitor.round.close"));
        title.getStyleClass().add(Styles.TITLE_4);
        name.setId("round-name");
        date.setId("round-date");
        notes.setId("round-notes");
        GridPane fields = new GridPane(8, 6);
        int row = 0;
        for (var pair : List.<Object[]>of(new Object[]{"monitor.round.name", name}, new Object[]{"monitor.round.date", date},
                new Object[]{"monitor.round.notes", notes})) {
            Label label = new Label(texts.get((String) pair[0]));
            TextField field = (TextField) pair[1];
            label.setLabelFor(field);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            field.setAccessibleText(label.getText());
            fields.addRow(row++, label, field);
        }
        Label rescore = new Label(texts.get("monitor.round.rescore"));
        rescore.setWrapText(true);
        rescore.getStyleClass().add(Styles.TEXT_MUTED);
        Button close = new Button(texts.get("monitor.round.closeButton"));
        close.setId("round-close");
        close.setOnAction(e -> close());
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        VBox box = new VBox(8, title, fields, rescore, scores, close, problem);
        box.setPadding(new Insets(10, 8, 10, 12));
        return box;
    }

    private Parent comparison() {
        Label title = new Label(texts.get("monitor.compare.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        before.setId("compare-before");
        after.setId("compare-after");
        before.setAccessibleText(texts.get("monitor.compare.before"));
        after.setAccessibleText(texts.get("monitor.compare.after"));
        for (ComboBox<ReviewRound> box : List.of(before, after)) {
            box.setConverter(com.motstudio.ui.common.Shown.as(r -> texts.format("monitor.round.choice", r.name(), MonitorNames.date(r.closedOn()))));
            box.valueProperty().addListener((o, a, b) -> compare());
        }
        Label with = new Label(texts.get("monitor.compare.with"));
        with.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane pick = new javafx.scene.layout.FlowPane(8, 6, before, with, after);
        pick.setAlignment(Pos.CENTER_LEFT);
        table.setId("compare-table");
        table.setAccessibleText(texts.get("monitor.compare.title"));
        table.getColumns().setAll(List.of(column("monitor.compare.figureColumn", Comparisons.Line::figure, 260),
                column("monitor.compare.before", Comparisons.Line::before, 80),
                column("monitor.compare.after", Comparisons.Line::after, 80),
                column("monitor.compare.changeColumn", Comparisons.Line::change, 70),
                column("monitor.compare.verdict", l -> texts.get("monitor.verdict." + l.verdict().name()), 90)));
com.motstudio.ui.common.WrappingTable.apply(table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Comparisons.Line l, boolean empty) {
                super.updateItem(l, empty);
                (empty || l == null ? StatusTone.PLAIN : switch (l.verdict()) {
                    case IMPROVED -> StatusTone.GOOD;
                    case WORSE -> StatusTone.BAD;
                    default -> StatusTone.PLAIN;
                }).mark(this);
            }
        });
        placeholder.getStyleClass().add("placeholder-text");
        placeholder.setText(texts.get("monitor.compare.empty")); // until the rounds are read
        placeholder.setWrapText(true);
        placeholder.setId("compare-placeholder");
        table.setPlaceholder(placeholder);
        table.setPrefHeight(260);
        table.getStyleClass().add("rows-in-sight");
        chart.setMinHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = new VBox(8, title, pick, table, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.setPadding(new Insets(10, 12, 10, 8));
        return box;
    }

    private void close() {
        var day = MonitorNames.parseDate(date.getText());
        if (day == null) {
            problem.setText(texts.format("monitor.badDate", date.getText()));
            return;
        }
        List<ScoreSnapshot> snapshot = new ArrayList<>();
        for (TextField f : scoreFields) {
            if (f.getText().isBlank()) {
                continue;
            }
            Double v = MeasurementsPane.parse(f.getText());
            if (v == null || v < 0 || v > 100) {
                problem.setText(texts.format("monitor.round.badScore", f.getText()));
                return;
            }
            snapshot.add(new ScoreSnapshot((String) f.getUserData(), v));
        }
        problem.setText("");
        vm.closeRound(name.getText().strip(), day, notes.getText().strip(), snapshot);
    }

    @Override
    public void refresh(Workshop w) {
        names = new MonitorNames(w, texts);
        int count = w.monitoring().rounds().size();
        name.setText(texts.format("monitor.round.defaultName", count + 1));
        date.setText(MonitorNames.date(vm.today()));
        notes.clear();
        scores.getChildren().clear();
        scoreFields.clear();
        List<ScoreSnapshot> start = vm.startingScores();
        int row = 0;
        for (MomentOfTruth m : w.keyMoments().moments()) {
            TextField f = new TextField(start.stream().filter(s -> s.touchpointId().equals(m.touchpointId())).findFirst()
                    .map(s -> texts.format("monitor.number", s.score())).orElse(""));
            f.setUserData(m.touchpointId());
            f.setId("round-score-" + m.id());
            f.setPrefColumnCount(5);
            f.setMinWidth(64);
            Label label = new Label(names.of(m.id()));
            label.setLabelFor(f);
            label.setWrapText(true);
            f.setAccessibleText(label.getText());
            scores.addRow(row++, label, f);
            scoreFields.add(f);
        }
        ReviewRound b = before.getValue(), a = after.getValue();
        List<ReviewRound> rounds = w.monitoring().rounds();
        before.getItems().setAll(rounds);
        after.getItems().setAll(rounds);
        ReviewRound previous = rounds.size() < 2 ? null : rounds.get(rounds.size() - 2);
        ReviewRound latest = rounds.isEmpty() ? null : rounds.getLast();
        if (a == null || a.id().equals(latestShown)) { // by default the latest round against the one before it
            before.setValue(previous);
            after.setValue(latest);
        } else { // what the user chose, while it exists
            before.setValue(find(rounds, b, previous));
            after.setValue(find(rounds, a, latest));
        }
        latestShown = latest == null ? null : latest.id();
        compare();
    }

    private static ReviewRound find(List<ReviewRound> rounds, ReviewRound wanted, ReviewRound fallback) {
        return wanted == null ? fallback : rounds.stream().filter(r -> r.id().equals(wanted.id())).findFirst().orElse(fallback);
    }

    private void compare() {
        ReviewRound a = before.getValue(), b = after.getValue();
        int closed = vm.workshop().monitoring().rounds().size();
        placeholder.setText(texts.get(closed == 0 ? "monitor.compare.empty" : closed == 1 ? "monitor.compare.oneRound" : "monitor.compare.sameRound"));
        if (a == null || b == null || names == null || a.id().equals(b.id())) {
            table.getItems().clear();
            PairedBarChart.Data none = new PairedBarChart.Data(texts.get("monitor.compare.chartTitle"), "", "", List.of(), 100);
            chart.show(new PairedBarChart(none, ChartOptions.of(texts))::paint, new ChartSummaries(texts).paired(none));
            return;
        }
        Workshop w = vm.workshop();
        table.getItems().setAll(Comparisons.lines(w, a, b, names, texts));
        PairedBarChart.Data compared = Comparisons.chart(w, a, b, names, texts);
        chart.show(new PairedBarChart(compared, ChartOptions.of(texts))::paint, new ChartSummaries(texts).paired(compared));
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
