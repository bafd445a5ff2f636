package com.motstudio.ui.shell;

import com.motstudio.store.TextSize;
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
import com.motstudio.ui.timer.ActivityButtons;
import com.motstudio.ui.timer.ActivityTimer;
import com.motstudio.ui.timer.TimerChooser;
import com.motstudio.ui.timer.TimerDisplay;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.util.Subscription;

import java.util.EnumMap;
import java.util.Map;

/**
 * The main window's content: menus, navigation, the chosen page beside its guidance, status bar;
 * on start-up, with nothing opened, the start view in place of a page.
 * Built for one language; a language change builds a new one over the same view model.
 */
public final class MainWindow {
    /** Window widths below which the page list shrinks to icons, with normal and with large text. */
    private static final double NARROW = 900;
    private static final double NARROW_LARGE = 1600;
    /** A window lower than this many lines of its text is short: folding panels start folded. */
    private static final double SHORT_LINES = 56;

    private final BorderPane root = new BorderPane();
    private final ShellViewModel vm;
    private final Texts texts;
    private final Dialogs dialogs;
    private final NavigationView navigation;
    private final Map<Page, Parent> pages = new EnumMap<>(Page.class);
    private final Map<Page, GuidancePanel> guidance = new EnumMap<>(Page.class);
    /** One show / hide for the guidance of every page, remembered in the settings. */
    private final BooleanProperty guidanceShown = new SimpleBooleanProperty();
    private final ActivityTimer timer;
    /** View > Start a room session, offered again on the pages where a room answers. */
    private final Runnable startRoom;
    private TabMemory tabs = new TabMemory();
    private double divider = 0.68;
    private final Subscription subscription;
    /** Whether the window is short for its text size (1024 x 768 with large text). */
    private final javafx.beans.value.ObservableValue<Boolean> shortWindow;
    /** What the built pages need undone when they are dropped (their view models' document listeners). */
    private final java.util.List<Runnable> disposers = new java.util.ArrayList<>();

    public MainWindow(ShellViewModel vm, Texts texts, Dialogs dialogs, PreferencesModel preferences, ActivityTimer timer,
                      MenuBarView.Actions actions, Page start) {
        this.vm = vm;
        this.texts = texts;
        this.dialogs = dialogs;
        this.timer = timer;
        this.startRoom = actions.room();
        root.setId("main-window");
        guidanceShown.set(!preferences.get().guidanceHidden());
        TimerChooser timers = new TimerChooser(timer, texts, dialogs, preferences);
        Runnable chooseTimer = () -> timers.choose(currentPage().key());
        HelpSheets help = new HelpSheets(texts, dialogs);
        MenuBarView menus = new MenuBarView(vm, texts, preferences, actions,
                new MenuBarView.WindowActions(guidanceShown, chooseTimer, help::showShortcuts, help::showQuickGuide));
        root.setTop(menus.root());
        navigation = new NavigationView(texts, start);
        root.setLeft(navigation.root());
        // large text or a narrow window: the page list keeps its icons and step numbers only
        double narrow = preferences.get().textSize() == TextSize.LARGE ? NARROW_LARGE : NARROW;
        root.widthProperty().subscribe(width -> navigation.setCompact(width.doubleValue() < narrow));
        double lines = preferences.get().textSize().pixels();
        shortWindow = root.heightProperty().map(height -> height.doubleValue() > 0 && height.doubleValue() < SHORT_LINES * lines);
        StatusBarView status = new StatusBarView(vm, texts, TimerDisplay.compact(timer, texts, chooseTimer));
        root.setBottom(status.root());
        navigation.selectedProperty().addListener((o, a, page) -> showPage(page));
        guidanceShown.addListener((o, was, shown) -> {
            preferences.update(s -> s.withGuidanceHidden(!shown));
            showPage(selectedPage());
        });
        if (start == null) {
            showStart(preferences, actions);
        } else {
            showPage(start);
        }
        subscription = Subscription.combine(menus.subscription(), status.subscription(),
                vm.documentProperty().subscribe((before, after) -> {
                    dropPages();
                    tabs = new TabMemory(); // another workshop opens on the first tabs
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
        vm.drafts().detachForms(); // what forms hold is saved, or kept for the window built next
        subscription.unsubscribe();
        pages.values().forEach(tabs::remember);
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

    /**
     * Opens the same tabs as {@code previous} showed when it was disposed (a window rebuilt for
     * another language or text size), in the pages built now and in those built later.
     */
    public void keepTabsOf(MainWindow previous) {
        tabs = previous.tabs;
        pages.values().forEach(tabs::restore);
    }

    private void showPage(Page page) {
        if (page == null || vm.document() == null) {
            return;
        }
        Parent content = pages.computeIfAbsent(page, p -> {
            Parent built = build(p);
            tabs.restore(built);
            return built;
        });
        GuidancePanel panel = guidance.computeIfAbsent(page,
                p -> new GuidancePanel(p.key(), texts, guidanceShown, ActivityButtons.of(p.key(), timer, texts)));
        root.setCenter(null); // frees the page and its guidance for their new container
        Region frame;
        if (guidanceShown.get()) {
            SplitPane split = new SplitPane(content, panel.root());
            SplitPane.setResizableWithParent(panel.root(), false);
            split.setDividerPositions(divider);
            split.getDividers().getFirst().positionProperty().subscribe(at -> divider = at.doubleValue());
            frame = split;
        } else {
            frame = new BorderPane(content, null, panel.root(), null, null); // hidden: a thin strip on the right
        }
        frame.setId("page-" + page.key());
        root.setCenter(frame);
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
                JourneyView view = new JourneyView(journey, texts, dialogs, vm.runner(), vm::folder);
                view.offerRoom(startRoom);
                return view.root();
            }
            case MOMENTS -> {
                MomentsViewModel moments = new MomentsViewModel(vm.document(), java.time.LocalDate::now);
                disposers.add(moments::dispose);
                MomentsView view = new MomentsView(moments, texts, dialogs, vm.runner(), vm::folder);
                view.offerRoom(startRoom);
                return view.root();
            }
            case PLAN -> {
                PlanViewModel plan = new PlanViewModel(vm.document(), java.time.LocalDate::now);
                disposers.add(plan::dispose);
                PlanView view = new PlanView(plan, texts, vm.folds(), shortWindow);
                disposers.add(view::dispose);
                return view.root();
            }
            case EXPORT -> {
                ExportViewModel export = new ExportViewModel(vm.document(), vm.runner(), javafx.application.Platform::runLater,
                        java.time.LocalDate::now);
                return new ExportView(export, texts, dialogs, vm.runner(), vm::folder).root();
            }
            case MONITOR -> {
                MonitorViewModel monitor = new MonitorViewModel(vm.document(), java.time.LocalDate::now);
                disposers.add(monitor::dispose);
                return new MonitorView(monitor, texts, dialogs, vm.runner(), vm::folder, vm.drafts()).root();
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
