package com.motstudio.ui.monitor;

import atlantafx.base.theme.Styles;
import com.motstudio.method.monitor.KpiState;
import com.motstudio.method.monitor.KpiStatus;
import com.motstudio.model.Kpi;
import com.motstudio.model.Measurement;
import com.motstudio.model.Workshop;
import com.motstudio.report.chart.ChartOptions;
import com.motstudio.report.chart.KpiTrends;
import com.motstudio.report.chart.TrendChart;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.ChartCanvas;
import com.motstudio.ui.common.StatusTone;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/**
 * Measurements: every KPI with its latest value and status (the summary), the chosen KPI's trend
 * with baseline and target, and a row to type the next value: date, value, note, Enter adds it.
 */
final class MeasurementsPane implements MonitorSection {
    private final MonitorViewModel vm;
    private final Texts texts;
    private final SplitPane root = new SplitPane();
    private final com.motstudio.ui.common.NarrowStack stack;
    private final TableView<KpiStatus> kpis = new TableView<>();
    private final TableView<Measurement> values = new TableView<>();
    private final ChartCanvas chart = new ChartCanvas(520, 280);
    private final TextField date = new TextField();
    private final TextField value = new TextField();
    private final TextField note = new TextField();
    private final Label problem = new Label();

    MeasurementsPane(MonitorViewModel vm, Texts texts, Runnable importCsv) {
        this.vm = vm;
        this.texts = texts;
        kpis.setId("measure-kpis");
        kpis.setAccessibleText(texts.get("monitor.kpi.summary"));
        kpis.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        kpis.getColumns().setAll(List.of(
                column("monitor.kpi.name", s -> s.kpi().name(), 150),
                column("monitor.kpi.latest", s -> number(s.latestValue()), 60),
                column("monitor.kpi.status", s -> texts.get("monitor.kpiState." + s.state().name()), 80),
                column("monitor.kpi.baseline", s -> number(s.kpi().baseline()), 60),
                column("monitor.kpi.target", s -> number(s.kpi().target()), 60),
                column("monitor.kpi.targetDate", s -> MonitorNames.date(s.kpi().targetDate()), 90)));
com.motstudio.ui.common.WrappingTable.apply(kpis);
        kpis.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(KpiStatus s, boolean empty) {
                super.updateItem(s, empty);
                (empty || s == null ? StatusTone.PLAIN : s.state() == KpiState.OFF_TRACK ? StatusTone.BAD
                        : s.state() == KpiState.MET || s.state() == KpiState.ON_TRACK ? StatusTone.GOOD : StatusTone.PLAIN).mark(this);
            }
        });
        kpis.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("monitor.kpi.empty")));
        kpis.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> showKpi(s));
        TableColumn<Measurement, String> day = new TableColumn<>(texts.get("monitor.measure.date"));
        day.setCellValueFactory(d -> new ReadOnlyStringWrapper(MonitorNames.date(d.getValue().date())));
        TableColumn<Measurement, String> v = new TableColumn<>(texts.get("monitor.measure.value"));
        v.setCellValueFactory(d -> new ReadOnlyStringWrapper(number(d.getValue().value())));
        TableColumn<Measurement, String> n = new TableColumn<>(texts.get("monitor.measure.note"));
        n.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().note()));
        n.setPrefWidth(200);
        values.getColumns().setAll(List.of(day, v, n));
        values.setId("measure-values");
        values.setAccessibleText(texts.get("monitor.tab.MEASUREMENTS"));
        com.motstudio.ui.common.WrappingTable.apply(values);
        values.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("monitor.measure.emptyValues")));
        values.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        values.setPrefHeight(150);
        values.getStyleClass().add("rows-in-sight");
        Button remove = new Button(texts.get("monitor.measure.remove"));
        remove.setId("measure-remove");
        remove.setOnAction(e -> {
            Measurement m = values.getSelectionModel().getSelectedItem();
            if (m != null) {
                vm.removeMeasurement(m.id());
            }
        });
        Button importButton = new Button(texts.get("monitor.measure.import"));
        importButton.setId("measure-import");
        importButton.setOnAction(e -> importCsv.run());
        Label summary = new Label(texts.get("monitor.kpi.summary"));
        summary.getStyleClass().add(Styles.TITLE_4);
        VBox left = new VBox(8, summary, kpis, new HBox(8, importButton));
        VBox.setVgrow(kpis, Priority.ALWAYS);
        left.setPadding(new Insets(10, 8, 10, 12));
        VBox right = new VBox(8, chart, entry(), problem, values, remove);
        VBox.setVgrow(chart, Priority.ALWAYS);
        right.setPadding(new Insets(10, 12, 10, 8));
        problem.getStyleClass().add(Styles.DANGER);
        root.getItems().setAll(left, right);
        root.setDividerPositions(0.52);
        stack = new com.motstudio.ui.common.NarrowStack(root, 52, problem);
    }

    @Override
    public Parent root() {
        return stack.root();
    }

    private javafx.scene.layout.FlowPane entry() {
        date.setId("measure-date");
        date.setText(MonitorNames.date(vm.today()));
        date.setPrefColumnCount(8);
        value.setId("measure-value");
        value.setPrefColumnCount(6);
        note.setId("measure-note");
        Label label = new Label(texts.get("monitor.measure.entry"));
        date.setAccessibleText(texts.get("monitor.measure.date"));
        value.setAccessibleText(texts.get("monitor.measure.value"));
        note.setAccessibleText(texts.get("monitor.measure.note"));
        date.setPromptText(texts.get("monitor.measure.date"));
        value.setPromptText(texts.get("monitor.measure.value"));
        note.setPromptText(texts.get("monitor.measure.note"));
        Button add = new Button(texts.get("monitor.measure.add"));
        add.setId("measure-add");
        add.setOnAction(e -> add());
        value.setOnAction(e -> add());
        note.setOnAction(e -> add());
        date.setOnAction(e -> value.requestFocus());
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        date.getStyleClass().add("date-field"); // a whole date at any text size
        value.setMinWidth(60);
        note.setMinWidth(80);
        note.setPrefColumnCount(12);
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(6, 6, label, date, value, note, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void add() {
        KpiStatus s = kpis.getSelectionModel().getSelectedItem();
        var day = MonitorNames.parseDate(date.getText());
        Double number = parse(value.getText());
        if (s == null) {
            problem.setText(texts.get("monitor.measure.chooseKpi"));
        } else if (day == null) {
            problem.setText(texts.format("monitor.badDate", date.getText()));
        } else if (number == null) {
            problem.setText(texts.format("monitor.badNumber", value.getText()));
        } else {
            problem.setText("");
            vm.addMeasurement(s.kpi().id(), day, number, note.getText().strip());
            value.clear();
            note.clear();
            value.requestFocus();
        }
    }

    static Double parse(String text) {
        try {
            double d = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void refresh(Workshop w) {
        Kpi chosen = kpis.getSelectionModel().getSelectedItem() == null ? null : kpis.getSelectionModel().getSelectedItem().kpi();
        kpis.getItems().setAll(w.plan().kpis().stream().map(k -> KpiStatus.of(k, w.monitoring().measurements(), vm.today())).toList());
        kpis.getItems().stream().filter(s -> chosen != null && s.kpi().id().equals(chosen.id())).findFirst()
                .ifPresentOrElse(s -> kpis.getSelectionModel().select(s), () -> {
                    if (!kpis.getItems().isEmpty()) {
                        kpis.getSelectionModel().select(0);
                    }
                });
        showKpi(kpis.getSelectionModel().getSelectedItem());
    }

    private void showKpi(KpiStatus s) {
        if (s == null) {
            values.getItems().clear();
            chart.show((g, w, h) -> { }, texts.get("monitor.measure.emptyValues"));
            return;
        }
        values.getItems().setAll(s.series().reversed());
        TrendChart.Data data = KpiTrends.of(s, texts);
        chart.show(new TrendChart(data, ChartOptions.of(texts))::paint, new ChartSummaries(texts).trend(data));
    }

    private String number(Double d) {
        return d == null ? "" : texts.format("monitor.number", d);
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
