package com.motstudio.ui.monitor;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.method.monitor.MomentHealth;
import com.motstudio.model.Monitoring;
import com.motstudio.model.ReviewRound;
import com.motstudio.model.Workshop;
import com.motstudio.report.chart.PairedBarChart;
import com.motstudio.report.chart.TrendChart;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview does not call a moment without data good, its chart shows a lone round, and rounds compare latest with previous. */
class OverviewAndRoundsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 14);
    private final Texts texts = new Texts(Language.ENGLISH);

    @Test
    void aMomentWithNoDataHasNoHealthYet() {
        Workshop planned = PlannedHall.create(Language.ENGLISH);
        assertThat(MomentHealth.of(planned, PlannedHall.START)) /* before any action is due */.isNotEmpty().allMatch(h -> h.level() == MomentHealth.Level.NO_DATA);
        assertThat(MomentHealth.of(ExportFixture.create(Language.ENGLISH), TODAY))
                .noneMatch(h -> h.level() == MomentHealth.Level.NO_DATA);
    }

    @Test
    void theChartShowsTheOnlyRoundThereIs() {
        Workshop w = oneRound();
        ComplianceTable byMoment = new ComplianceTable(w, ComplianceTable.Grouping.MOMENT, new MonitorNames(w, texts), texts);
        assertThat(byMoment.columns).hasSize(1);
        PairedBarChart.Data data = OverviewPane.firstAndLatest(byMoment, texts);
        assertThat(data.rows()).isNotEmpty().allMatch(r -> r.before() == null && r.after() != null);
        assertThat(data.afterLabel()).isEqualTo(w.monitoring().rounds().getFirst().name());
        String said = new ChartSummaries(texts).paired(data);
        assertThat(said).as("the chart's text alternative").startsWith(data.title()).contains(data.afterLabel())
                .contains(data.rows().getFirst().label()).doesNotContain("no values");
    }

    @Test
    void complianceAndKpiTrendsAreToldInASentence() {
        Workshop w = ExportFixture.create(Language.ENGLISH);
        MonitorNames names = new MonitorNames(w, texts);
        var byRound = new ComplianceTable(w, ComplianceTable.Grouping.MOMENT, names, texts).chart("Compliance by moment");
        String said = new ChartSummaries(texts).trend(byRound);
        var first = byRound.series().stream().filter(x -> x.points().size() > 1).findFirst().orElseThrow();
        assertThat(said).startsWith("Compliance by moment: ").contains(first.label() + " from ")
                .contains(" (" + first.points().size() + " values)");
        var kpi = com.motstudio.method.monitor.KpiStatus.of(w.plan().kpis().getFirst(), w.monitoring().measurements(), TODAY);
        var trend = com.motstudio.report.chart.KpiTrends.of(kpi, texts);
        assertThat(new ChartSummaries(texts).trend(trend)).startsWith(trend.title())
                .contains(trend.references().isEmpty() ? trend.title() : trend.references().getFirst().label());
        var none = new TrendChart.Data("Empty", "", List.of(), List.of(), List.of(), null, null);
        assertThat(new ChartSummaries(new Texts(Language.SIMPLIFIED_CHINESE)).trend(none)).isEqualTo("Empty\uff1a\u6682\u65e0\u6570\u503c\u3002");
    }

    @Test
    @SuppressWarnings("unchecked")
    void roundsCompareTheLatestWithTheOneBeforeAndNotARoundWithItself() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkshopDocument document = new WorkshopDocument(oneRound(), null);
        MonitorViewModel vm = new MonitorViewModel(document, () -> TODAY);
        FxToolkit.setupFixture(() -> {
            RoundsPane pane = new RoundsPane(vm, texts);
            vm.workshopProperty().subscribe(pane::refresh);
            stage.setScene(new Scene(pane.root(), 1000, 760));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        ComboBox<ReviewRound> before = robot.lookup("#compare-before").queryAs(ComboBox.class);
        ComboBox<ReviewRound> after = robot.lookup("#compare-after").queryAs(ComboBox.class);
        TableView<?> table = robot.lookup("#compare-table").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("#compare-placeholder").queryAs(Label.class).getText()).contains("nothing to compare");
        javafx.scene.Node chart = robot.lookup(".chart-canvas").query();
        assertThat(chart.getAccessibleText()).endsWith("no values yet.");

        robot.interact(() -> vm.closeRound("Round 2", LocalDate.of(2026, 10, 1), "", List.of()));
        robot.interact(() -> vm.closeRound("Round 3", LocalDate.of(2026, 11, 1), "", List.of()));
        List<ReviewRound> rounds = document.current().monitoring().rounds();
        robot.interact(() -> { }); // the refresh has run
        assertThat(before.getValue().id()).isEqualTo(rounds.get(1).id());
        assertThat(after.getValue().id()).isEqualTo(rounds.get(2).id());
        assertThat(table.getItems()).isNotEmpty();
        assertThat(chart.getAccessibleText()).as("the comparison chart's text alternative")
                .contains("Round 2 against Round 3: ").doesNotContain("no values");
        robot.interact(() -> before.setValue(before.getItems().get(2)));
        assertThat(table.getItems()).as("a round against itself").isEmpty();
        assertThat(robot.lookup("#compare-placeholder").queryAs(Label.class).getText()).contains("two different rounds");
        robot.interact(() -> before.setValue(before.getItems().get(0)));
        assertThat(table.getItems()).isNotEmpty();
        FxToolkit.setupFixture(stage::hide);
    }

    /** The fixture with its first round only, and only the audits made before it closed. */
    private static Workshop oneRound() {
        Workshop w = ExportFixture.create(Language.ENGLISH);
        Monitoring m = w.monitoring();
        ReviewRound first = m.rounds().getFirst();
        return w.withMonitoring(new Monitoring(m.measurements(),
                m.audits().stream().filter(a -> !a.date().isAfter(first.closedOn())).toList(), m.feedback(),
                m.followUpWorkingDays(), List.of(first), m.holidays(), m.makeUpWorkdays()));
    }
}
