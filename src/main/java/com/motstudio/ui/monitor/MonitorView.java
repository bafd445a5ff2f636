package com.motstudio.ui.monitor;

import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.TaskRunner;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The Monitor page (step 4): the health of each moment at a glance, KPI measurements and trends,
 * counter audits and compliance, the feedback log with follow-ups, the action board, and the PDCA
 * review rounds with their comparison.
 */
public final class MonitorView {
    public enum Section { OVERVIEW, MEASUREMENTS, AUDITS, COMPLIANCE, FEEDBACK, ACTIONS, ROUNDS }

    private final TabPane tabs = new TabPane();

    public MonitorView(MonitorViewModel vm, Texts texts, Dialogs dialogs, TaskRunner runner, Supplier<Path> folder) {
        MeasurementImports imports = new MeasurementImports(vm, texts, dialogs, runner, folder);
        tab(Section.OVERVIEW, texts, new OverviewPane(vm, texts).root());
        tab(Section.MEASUREMENTS, texts, new MeasurementsPane(vm, texts, imports::run).root());
        tab(Section.AUDITS, texts, new AuditPane(vm, texts).root());
        tab(Section.COMPLIANCE, texts, new CompliancePane(vm, texts).root());
        tab(Section.FEEDBACK, texts, new FeedbackPane(vm, texts).root());
        tab(Section.ACTIONS, texts, new ActionBoard(vm, texts).root());
        tab(Section.ROUNDS, texts, new RoundsPane(vm, texts).root());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("monitor-tabs");
    }

    private void tab(Section section, Texts texts, Parent content) {
        Tab tab = new Tab(texts.get("monitor.tab." + section.name()), content);
        tab.setId("monitor-tab-" + section.name().toLowerCase(java.util.Locale.ROOT));
        tabs.getTabs().add(tab);
    }

    public Parent root() {
        return tabs;
    }

    /** Shows one section (e.g. for a screenshot). */
    public void show(Section section) {
        tabs.getSelectionModel().select(section.ordinal());
    }
}
