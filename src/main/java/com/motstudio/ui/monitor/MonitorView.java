package com.motstudio.ui.monitor;

import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.TaskRunner;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import com.motstudio.model.Workshop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Monitor page (step 4): the health of each moment at a glance, KPI measurements and trends,
 * counter audits and compliance, the feedback log with follow-ups, the action board, and the PDCA
 * review rounds with their comparison.
 */
public final class MonitorView {
    public enum Section { OVERVIEW, MEASUREMENTS, AUDITS, COMPLIANCE, FEEDBACK, ACTIONS, ROUNDS }

    private final TabPane tabs = new TabPane();
    private final Parent root;
    private final List<MonitorSection> sections = new ArrayList<>();
    private final Set<MonitorSection> stale = new HashSet<>();

    public MonitorView(MonitorViewModel vm, Texts texts, Dialogs dialogs, TaskRunner runner, Supplier<Path> folder) {
        this(vm, texts, dialogs, runner, folder, new com.motstudio.ui.common.FormDrafts());
    }

    /** With the shell's drafts, so a follow-up that cannot be saved yet outlives a rebuilt window. */
    public MonitorView(MonitorViewModel vm, Texts texts, Dialogs dialogs, TaskRunner runner, Supplier<Path> folder,
                       com.motstudio.ui.common.FormDrafts drafts) {
        MeasurementImports imports = new MeasurementImports(vm, texts, dialogs, runner, folder);
        tab(Section.OVERVIEW, texts, new OverviewPane(vm, texts));
        tab(Section.MEASUREMENTS, texts, new MeasurementsPane(vm, texts, imports::run));
        tab(Section.AUDITS, texts, new AuditPane(vm, texts));
        tab(Section.COMPLIANCE, texts, new CompliancePane(vm, texts));
        tab(Section.FEEDBACK, texts, new FeedbackPane(vm, texts, drafts));
        tab(Section.ACTIONS, texts, new ActionBoard(vm, texts));
        tab(Section.ROUNDS, texts, new RoundsPane(vm, texts));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("monitor-tabs");
        root = new com.motstudio.ui.common.TabBar(tabs).root();
        // Only the tab in view follows each change; the others catch up when shown, so entering an
        // audit item by item stays quick however many charts the other tabs draw.
        vm.workshopProperty().subscribe(w -> {
            stale.addAll(sections);
            showCurrent(w);
        });
        tabs.getSelectionModel().selectedIndexProperty().subscribe(i -> showCurrent(vm.workshop()));
    }

    private void showCurrent(Workshop w) {
        int index = tabs.getSelectionModel().getSelectedIndex();
        MonitorSection section = sections.get(Math.max(0, index));
        if (stale.remove(section)) {
            section.refresh(w);
        }
    }

    private void tab(Section section, Texts texts, MonitorSection content) {
        sections.add(content);
        Tab tab = new Tab(texts.get("monitor.tab." + section.name()), content.root());
        tab.setId("monitor-tab-" + section.name().toLowerCase(java.util.Locale.ROOT));
        tabs.getTabs().add(tab);
    }

    public Parent root() {
        return root;
    }

    /** Shows one section (e.g. for a screenshot). */
    public void show(Section section) {
        tabs.getSelectionModel().select(section.ordinal());
    }
}
