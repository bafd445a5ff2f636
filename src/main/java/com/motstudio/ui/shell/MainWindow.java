package com.motstudio.ui.shell;

import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.GuidancePanel;
import com.motstudio.ui.export.ExportView;
import com.motstudio.ui.export.ExportViewModel;
import com.motstudio.ui.journey.JourneyView;
import com.motstudio.ui.journey.JourneyViewModel;
import com.motstudio.ui.moments.MomentsView;
import com.motstudio.ui.moments.MomentsViewModel;
import com.motstudio.ui.plan.PlanView;
import com.motstudio.ui.plan.PlanViewModel;
import com.motstudio.ui.monitor.MonitorView;
import com.motstudio.ui.monitor.MonitorViewModel;
import com.motstudio.ui.prefs.PreferencesModel;
import com.motstudio.ui.setup.SetupView;
import com.motstudio.ui.setup.SetupViewModel;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.util.Subscription;

import java.util.EnumMap;
import java.util.Map;

/**
 * The main window's content: menus, navigation, the chosen page beside its guidance, status bar;
 * on start-up, with nothing opened, the start view in place of a page.
 * Built for one language; a language change builds a new one over the same view model.
 */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final ShellViewModel vm;
    private final Texts texts;
    private final Dialogs dialogs;
    private final NavigationView navigation;
    private final Map<Page, Parent> pages = new EnumMap<>(Page.class);
    private final Map<Page, GuidancePanel> guidance = new EnumMap<>(Page.class);
    private final Subscription subscription;
    /** What the built pages need undone when they are dropped (their view models' document listeners). */
    private final java.util.List<Runnable> disposers = new java.util.ArrayList<>();

    public MainWindow(ShellViewModel vm, Texts texts, Dialogs dialogs, PreferencesModel preferences,
                      MenuBarView.Actions actions, Page start) {
        this.vm = vm;
        this.texts = texts;
        this.dialogs = dialogs;
        root.setId("main-window");
        MenuBarView menus = new MenuBarView(vm, texts, preferences, actions);
        root.setTop(menus.root());
        navigation = new NavigationView(texts, start);
        root.setLeft(navigation.root());
        StatusBarView status = new StatusBarView(vm, texts);
        root.setBottom(status.root());
        navigation.selectedProperty().addListener((o, a, page) -> showPage(page));
        if (start == null) {
            showStart(preferences, actions);
        } else {
            showPage(start);
        }
        subscription = Subscription.combine(menus.subscription(), status.subscription(),
                vm.documentProperty().subscribe((before, after) -> {
                    dropPages();
                    if (navigation.selectedProperty().get() == null) {
                        navigation.select(Page.WORKSHOP); // from the start view: the opened workshop's first page
                    } else {
                        showPage(currentPage());
                    }
                }),
                vm.revisionProperty().subscribe((before, after) -> refreshPlaceholder()));
    }

    public Parent root() {
        return root;
    }

    /** Stops following the view model: call before this window's content is replaced. */
    public void dispose() {
        subscription.unsubscribe();
        dropPages();
    }

    private void dropPages() {
        disposers.forEach(Runnable::run);
        disposers.clear();
        pages.clear();
    }

    /**
     * The start view: the blank workshop is open behind it, so "blank" only chooses its Workshop
     * page; a template or a file replaces the document, which chooses it too.
     */
    private void showStart(PreferencesModel preferences, MenuBarView.Actions actions) {
        StartView start = new StartView(texts, preferences.get().recentFiles(), () -> navigation.select(Page.WORKSHOP),
                actions.newFromTemplate(), vm::open, vm::openRecent);
        root.setCenter(start.root());
    }

    /** The chosen page, or null while the start view is shown. */
    public Page selectedPage() {
        return navigation.selectedProperty().get();
    }

    public Page currentPage() {
        Page page = navigation.selectedProperty().get();
        return page == null ? Page.WORKSHOP : page;
    }

    public void select(Page page) {
        navigation.select(page);
    }

    private void showPage(Page page) {
        if (page == null || vm.document() == null) {
            return;
        }
        Parent content = pages.computeIfAbsent(page, this::build);
        GuidancePanel panel = guidance.computeIfAbsent(page, p -> new GuidancePanel(p.key(), texts, true));
        SplitPane split = new SplitPane(content, panel.root());
        // a collapsed guidance panel gives its room to the page (the divider stops at its button)
        panel.expandedProperty().subscribe(expanded -> split.setDividerPositions(expanded ? 0.68 : 1.0));
        SplitPane.setResizableWithParent(panel.root(), false);
        split.setId("page-" + page.key());
        root.setCenter(split);
    }

    private Parent build(Page page) {
        switch (page) {
            case WORKSHOP -> {
                SetupViewModel setup = new SetupViewModel(vm.document());
                disposers.add(setup::dispose);
                return new SetupView(setup, texts, dialogs, vm.runner()).root();
            }
            case JOURNEY -> {
                JourneyViewModel journey = new JourneyViewModel(vm.document());
                disposers.add(journey::dispose);
                return new JourneyView(journey, texts, dialogs, vm.runner(), vm::folder).root();
            }
            case MOMENTS -> {
                MomentsViewModel moments = new MomentsViewModel(vm.document(), java.time.LocalDate::now);
                disposers.add(moments::dispose);
                return new MomentsView(moments, texts, dialogs, vm.runner(), vm::folder).root();
            }
            case PLAN -> {
                PlanViewModel plan = new PlanViewModel(vm.document(), java.time.LocalDate::now);
                disposers.add(plan::dispose);
                return new PlanView(plan, texts).root();
            }
            case EXPORT -> {
                ExportViewModel export = new ExportViewModel(vm.document(), vm.runner(), javafx.application.Platform::runLater,
                        java.time.LocalDate::now);
                return new ExportView(export, texts, dialogs, vm.runner(), vm::folder).root();
            }
            case MONITOR -> {
                MonitorViewModel monitor = new MonitorViewModel(vm.document(), java.time.LocalDate::now);
                disposers.add(monitor::dispose);
                return new MonitorView(monitor, texts, dialogs, vm.runner(), vm::folder).root();
            }
            default -> {
                return StepPlaceholder.of(page, vm.document().current(), texts);
            }
        }
    }

    /** Steps not built yet show what the workshop holds: rebuilt after each change. */
    private static boolean isPlaceholder(Page page) {
        return page != Page.WORKSHOP && page != Page.JOURNEY && page != Page.MOMENTS && page != Page.PLAN && page != Page.MONITOR
                && page != Page.EXPORT;
    }

    private void refreshPlaceholder() {
        Page page = currentPage();
        if (isPlaceholder(page) && vm.document() != null) {
            pages.remove(page);
            showPage(page);
        }
    }
}
