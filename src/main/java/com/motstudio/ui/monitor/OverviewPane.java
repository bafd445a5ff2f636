package com.motstudio.ui.monitor;

import atlantafx.base.theme.Styles;
import com.motstudio.method.monitor.FollowUps;
import com.motstudio.method.monitor.MomentHealth;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;
import com.motstudio.report.chart.ChartOptions;
import com.motstudio.report.chart.PairedBarChart;
import com.motstudio.ui.common.ChartCanvas;
import com.motstudio.ui.common.StatusTone;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/** The health of each moment of truth at a glance: KPIs, compliance, bad reviews and actions. */
final class OverviewPane implements MonitorSection {
    private final MonitorViewModel vm;
    private final Texts texts;
    private final VBox content = new VBox(8);
    private final javafx.scene.control.ScrollPane root = new javafx.scene.control.ScrollPane(content);
    private final Label totals = new Label();
    private final TableView<MomentHealth> table = new TableView<>();
    private final ChartCanvas chart = new ChartCanvas(600, 300);
    private MonitorNames names;

    OverviewPane(MonitorViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        names = new MonitorNames(vm.workshop(), texts);
        Label title = new Label(texts.get("monitor.overview.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        totals.setId("overview-totals");
        totals.setWrapText(true);
        table.setId("overview-table");
        table.setAccessibleText(texts.get("monitor.overview.title"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("monitor.overview.moment", h -> names.of(h.momentId()), 220),
                column("monitor.overview.health", h -> texts.get("monitor.health." + h.level().name()), 80),
                column("monitor.overview.kpis", h -> h.kpisJudged() == 0 ? texts.get("monitor.none")
                        : texts.format("monitor.overview.kpisOnTrack", h.kpisGood(), h.kpisJudged()), 100),
                column("monitor.overview.compliance", h -> names.percent(h.compliance().percent()), 90),
                column("monitor.overview.bad", h -> texts.format("monitor.overview.badText", h.badReviews(), h.openBadReviews(),
                        h.overdueFollowUps()), 150),
                column("monitor.overview.actions", h -> texts.format("monitor.board.doneOf", h.actions().count(ActionStatus.DONE),
                        h.actions().total() - h.actions().count(ActionStatus.DROPPED),
                        names.percent(h.actions().percentDone())), 130)));
com.motstudio.ui.common.WrappingTable.apply(table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MomentHealth h, boolean empty) {
                super.updateItem(h, empty);
                (empty || h == null ? StatusTone.PLAIN : switch (h.level()) {
                    case GOOD -> StatusTone.GOOD;
                    case FAIR -> StatusTone.WARNING;
                    case POOR -> StatusTone.BAD;
                    case NO_DATA -> StatusTone.PLAIN;
                }).mark(this);
            }
        });
        table.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("monitor.overview.empty")));
        Label legend = new Label(texts.get("monitor.overview.legend"));
        legend.getStyleClass().add(Styles.TEXT_MUTED);
        legend.setWrapText(true);
        table.setPrefHeight(300);
        table.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        totals.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        legend.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        chart.setMinHeight(260);
        content.getChildren().setAll(title, totals, table, legend, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        content.setPadding(new Insets(10, 12, 10, 12));
        // a projector's window is lower than table, legend and chart together: the page scrolls
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void refresh(Workshop w) {
        names = new MonitorNames(w, texts);
        table.getItems().setAll(MomentHealth.of(w, vm.today()));
        FollowUps followUps = new FollowUps(w.monitoring());
        ComplianceTable byMoment = new ComplianceTable(w, ComplianceTable.Grouping.MOMENT, names, texts);
        PairedBarChart.Data rates = firstAndLatest(byMoment, texts);
        chart.show(new PairedBarChart(rates, ChartOptions.of(texts))::paint, new ChartSummaries(texts).paired(rates));
        totals.setText(texts.format("monitor.overview.totals", w.monitoring().measurements().size(), w.monitoring().audits().size(),
                w.monitoring().feedback().size(), followUps.bad().size(), followUps.overdue(vm.today()).size(),
                w.monitoring().rounds().size()));
    }

    /** Compliance per moment in the first round and the latest; with one round, that round's alone. */
    static PairedBarChart.Data firstAndLatest(ComplianceTable byMoment, Texts texts) {
        int last = byMoment.columns.size() - 1;
        java.util.List<PairedBarChart.Row> rows = byMoment.rows.stream().map(r -> {
            Double first = last > 0 ? r.rates().getFirst().percent() : null, now = r.rates().getLast().percent();
            return new PairedBarChart.Row(r.subject(), first, now,
                    first == null || now == null || Math.abs(now - first) < 0.05 ? null : now > first);
        }).filter(r -> r.before() != null || r.after() != null).toList();
        return new PairedBarChart.Data(texts.get("monitor.overview.chart"), last > 0 ? byMoment.columns.getFirst() : "",
                byMoment.columns.get(last), rows, 100);
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
