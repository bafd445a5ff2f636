package com.motstudio.ui.monitor;

import atlantafx.base.theme.Styles;
import com.motstudio.model.Workshop;
import com.motstudio.report.chart.ChartOptions;
import com.motstudio.report.chart.TrendChart;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.ChartCanvas;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Compliance over time: per item, standard, counter or moment (chosen above the table), a column
 * per round, the same as lines in a chart, and the items that fail most often.
 */
final class CompliancePane implements MonitorSection {
    private final MonitorViewModel vm;
    private final Texts texts;
    private final VBox root = new VBox(8);
    private final javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(root);
    private final ComboBox<ComplianceTable.Grouping> grouping = new ComboBox<>();
    private final TableView<ComplianceTable.Row> table = new TableView<>();
    private final ChartCanvas chart = new ChartCanvas(520, 240);
    private final ListView<String> failing = new ListView<>();

    CompliancePane(MonitorViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        grouping.setId("compliance-grouping");
        grouping.getItems().setAll(ComplianceTable.Grouping.values());
        grouping.setConverter(com.motstudio.ui.common.Shown.as(g -> texts.get("monitor.compliance.by." + g.name())));
        grouping.setValue(ComplianceTable.Grouping.STANDARD);
        grouping.valueProperty().addListener((o, a, b) -> refresh(vm.workshop()));
        Label label = new Label(texts.get("monitor.compliance.by"));
        label.setLabelFor(grouping);
        HBox top = new HBox(8, label, grouping);
        top.setAlignment(Pos.CENTER_LEFT);
        table.setId("compliance-table");
        table.setAccessibleText(texts.get("monitor.tab.COMPLIANCE"));
        table.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("monitor.compliance.empty")));
        table.setPrefHeight(220);
        table.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        failing.setId("compliance-failing");
        failing.setAccessibleText(texts.get("monitor.compliance.failingTitle"));
        failing.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("monitor.compliance.noFailing")));
        failing.setPrefWidth(340);
        failing.setMinWidth(200);
        failing.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();
            {
                text.getStyleClass().add("wrapping-cell-text");
                text.wrappingWidthProperty().bind(failing.widthProperty().subtract(40));
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                setGraphic(text);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setAccessibleText(text.getText());
            }
        });
        failing.getStyleClass().add("wrapping-list");
        Label failingTitle = new Label(texts.get("monitor.compliance.failingTitle"));
        failingTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox failingBox = new VBox(6, failingTitle, failing);
        VBox.setVgrow(failing, Priority.ALWAYS);
        javafx.scene.control.SplitPane sides = new javafx.scene.control.SplitPane(chart, failingBox);
        sides.setDividerPositions(0.6);
        Parent lower = new com.motstudio.ui.common.NarrowStack(sides, 52, failingTitle).root();
        root.getChildren().setAll(top, table, lower);
        VBox.setVgrow(lower, Priority.ALWAYS);
        root.setPadding(new Insets(10, 12, 10, 12));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
    }

    @Override
    public Parent root() {
        return scroll;
    }

    @Override
    public void refresh(Workshop w) {
        MonitorNames names = new MonitorNames(w, texts);
        ComplianceTable data = new ComplianceTable(w, grouping.getValue(), names, texts);
        TableColumn<ComplianceTable.Row, String> subject = new TableColumn<>(texts.get("monitor.compliance.by." + grouping.getValue().name()));
        subject.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().subject()));
        subject.setPrefWidth(240);
        subject.setSortable(false);
        table.getColumns().setAll(java.util.List.of(subject));
        for (int i = 0; i < data.columns.size(); i++) {
            int at = i;
            TableColumn<ComplianceTable.Row, String> c = new TableColumn<>(data.columns.get(i));
            c.setCellValueFactory(d -> {
                var rate = d.getValue().rates().get(at);
                return new ReadOnlyStringWrapper(rate.checked() == 0 ? "" : texts.format("monitor.compliance.cell",
                        names.percent(rate.percent()), rate.pass(), rate.checked()));
            });
            c.setPrefWidth(150);
            c.setSortable(false);
            table.getColumns().add(c);
        }
com.motstudio.ui.common.WrappingTable.apply(table);
        table.getItems().setAll(data.rows);
        TrendChart.Data byRound = data.chart(texts.get("monitor.compliance.chart." + grouping.getValue().name()));
        chart.show(new TrendChart(byRound, ChartOptions.of(texts))::paint, new ChartSummaries(texts).trend(byRound));
        failing.getItems().setAll(ComplianceTable.failingMost(w, names, texts, 10));
    }
}
