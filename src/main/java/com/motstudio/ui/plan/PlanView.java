package com.motstudio.ui.plan;

import com.motstudio.method.plan.PlanWarning;
import com.motstudio.text.Texts;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Plan page (step 3): tabs for the moments (needs, standards, scripts), the actions, the
 * impact–effort matrix, the time line and the KPIs; below them the planning checks, each leading
 * to what it is about, folded to their title (with their count) in a short window.
 */
public final class PlanView {
    private final PlanViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final MomentPane moments;
    private final ActionsPane actions;
    private final MatrixPane matrix;
    private final TimelinePane timeline;
    private final KpiPane kpis;
    private final TitledPane checks;
    private final Texts texts;
    /** Follows the window's height for the checks; undone by {@link #dispose()}. */
    private javafx.util.Subscription windowHeight = javafx.util.Subscription.EMPTY;

    public PlanView(PlanViewModel vm, Texts texts) {
        this(vm, texts, new com.motstudio.ui.common.FoldMemory(), new javafx.beans.property.SimpleBooleanProperty(false));
    }

    /**
     * With the session's memory of whether the user left the checks open, and whether the window
     * is short for its text size (the checks then start folded, so the tabs above keep their room).
     */
    public PlanView(PlanViewModel vm, Texts texts, com.motstudio.ui.common.FoldMemory folds,
                    javafx.beans.value.ObservableValue<Boolean> shortWindow) {
        this.vm = vm;
        this.texts = texts;
        moments = new MomentPane(vm, texts);
        actions = new ActionsPane(vm, texts, this::currentMoment);
        matrix = new MatrixPane(vm, texts, this::openAction);
        timeline = new TimelinePane(vm, texts, this::openAction);
        kpis = new KpiPane(vm, texts, this::currentMoment);
        Label matrixHelp = new Label(texts.get("plan.matrix.help"));
        matrixHelp.setWrapText(true);
        matrixHelp.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        // the matrix keeps a size where cards can be read, and scrolls in a smaller window
        matrix.setMinSize(800, 480);
        ScrollPane matrixScroll = new ScrollPane(matrix);
        matrixScroll.setFitToWidth(true);
        matrixScroll.setFitToHeight(true);
        com.motstudio.ui.common.ScrollToFocus.follow(matrixScroll);
        BorderPane matrixBox = new BorderPane(matrixScroll, matrixHelp, null, null, null);
        matrixBox.setPadding(new Insets(8, 12, 8, 12));
        BorderPane.setMargin(matrixHelp, new Insets(0, 0, 8, 0));
        ScrollPane timelineScroll = new ScrollPane(timeline);
        timelineScroll.setFitToWidth(true);
        timelineScroll.setPadding(new Insets(8, 12, 8, 12));
        tabs.getTabs().setAll(tab("moments", moments.root()), tab("actions", actions.root()), tab("matrix", matrixBox),
                tab("timeline", timelineScroll), tab("kpis", kpis.root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("plan-tabs");
        WarningList warnings = new WarningList(vm, texts, this::goTo);
        checks = new TitledPane("", warnings.list());
        checks.setId("plan-checks");
        checks.setCollapsible(true);
        checks.setAnimated(false);
        fold(folds, shortWindow);
        root.setCenter(new com.motstudio.ui.common.TabBar(tabs).root());
        root.setBottom(new VBox(checks));
        root.setId("plan-page");
        vm.workshopProperty().subscribe(w -> {
            moments.refresh();
            actions.refresh();
            matrix.refresh();
            timeline.refresh();
            kpis.refresh();
            checks.setText(texts.format("plan.warnings.count", vm.warnings().size()));
        });
    }

    /**
     * Open or folded as the user left the checks this session; until they choose, folded while the
     * window is short and open when it is tall.
     */
    private void fold(com.motstudio.ui.common.FoldMemory folds, javafx.beans.value.ObservableValue<Boolean> shortWindow) {
        folds.isOpen(checks.getId()).ifPresent(checks::setExpanded);
        boolean[] following = {folds.isOpen(checks.getId()).isEmpty()};
        boolean[] ours = {false};
        windowHeight = shortWindow.subscribe(isShort -> {
            if (following[0]) {
                ours[0] = true;
                checks.setExpanded(!Boolean.TRUE.equals(isShort));
                ours[0] = false;
            }
        });
        checks.expandedProperty().addListener((o, was, is) -> {
            if (!ours[0]) { // the user's choice: kept for this session
                following[0] = false;
                folds.remember(checks.getId(), is);
            }
        });
    }

    /** Stops following the window (the page is dropped, the window stays). */
    public void dispose() {
        windowHeight.unsubscribe();
    }

    public Parent root() {
        return root;
    }

    /** Shows a tab by its key (moments, actions, matrix, timeline, kpis), e.g. for a screenshot. */
    public void showTab(String key) {
        tabs.getTabs().stream().filter(t -> t.getId().equals("plan-tab-" + key)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Goes to what a warning is about and puts the keyboard where it can be fixed. */
    void goTo(PlanWarning w) {
        switch (w.kind()) {
            case MOMENT_WITHOUT_STANDARD -> {
                showTab("moments");
                moments.select(w.subject());
            }
            case MOMENT_WITHOUT_ACTION -> {
                showTab("moments");
                moments.select(w.subject());
                showTab("actions");
                actions.quickAdd().requestFocus();
            }
            case ACTION_WITHOUT_OWNER -> { showTab("actions"); actions.select(w.subject(), "owner"); }
            case ACTION_WITHOUT_DUE_DATE, ACTION_OVERDUE -> { showTab("actions"); actions.select(w.subject(), "due"); }
            case KPI_WITHOUT_BASELINE -> { showTab("kpis"); kpis.select(w.subject(), "baseline"); }
            case KPI_WITHOUT_TARGET -> { showTab("kpis"); kpis.select(w.subject(), "target"); }
            case OWNER_OVERLOADED -> { showTab("actions"); actions.showOwner(w.subject()); }
        }
    }

    private void openAction(String actionId) {
        showTab("actions");
        actions.select(actionId, "title");
    }

    /** The moment chosen on the Moments tab: new actions and KPIs are linked to it. */
    private String currentMoment() {
        return moments.selectedId();
    }

    private Tab tab(String key, javafx.scene.Node content) {
        Tab tab = new Tab(texts.get("plan.tab." + key), content);
        tab.setId("plan-tab-" + key);
        return tab;
    }

    PlanViewModel vm() {
        return vm;
    }
}
