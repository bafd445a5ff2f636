package com.motstudio.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.motstudio.edit.WorkshopDocument;
import com.motstudio.store.Autosaver;
import com.motstudio.store.LoadResult;
import com.motstudio.store.RecoveryStore;
import com.motstudio.store.Settings;
import com.motstudio.store.Templates;
import com.motstudio.store.ThemeChoice;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.TaskRunner;
import com.motstudio.ui.prefs.PreferencesModel;
import com.motstudio.ui.present.PresentationWindow;
import com.motstudio.ui.prefs.PreferencesView;
import com.motstudio.ui.shell.MainWindow;
import com.motstudio.ui.shell.MenuBarView;
import com.motstudio.ui.shell.Page;
import com.motstudio.ui.shell.ShellViewModel;
import com.motstudio.ui.shell.TemplateChooser;
import com.motstudio.ui.timer.ActivityTimer;
import com.motstudio.ui.timer.Chime;
import com.motstudio.ui.timer.TimerDisplay;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/**
 * The main window and everything wired to it: the shell view model, preferences applied live
 * (language, theme, text size, autosave), recovery after a crash, and a clean quit.
 */
public final class MainStage {
    private final Stage stage;
    private final PreferencesModel preferences;
    private final RecoveryStore recovery;
    private final Autosaver autosaver;
    private final Function<Texts, Dialogs> dialogsFor;
    private final String fontFamily;
    private final ShellViewModel vm;
    private final Runnable exit;
    private Texts texts;
    private Dialogs dialogs;
    private MainWindow window;
    private final Templates templates;
    /** Applies the theme again when the system turns dark or light (held here: the platform holds it weakly). */
    private final javafx.beans.value.ChangeListener<ColorScheme> followSystemScheme = (o, a, b) -> applyTheme();
    /** The activity timer outlives the window, which is rebuilt for another language or text size. */
    private final ActivityTimer timer;
    private PresentationWindow presentation;
    private com.motstudio.ui.room.RoomWindow room;

    public MainStage(Stage stage, AppServices services, Function<Texts, Dialogs> dialogsFor, TaskRunner runner, Runnable exit) {
        this.stage = stage;
        this.preferences = services.preferences();
        // before the first control is made: a control made with no user-agent stylesheet set loads
        // Modena first, only for the theme to replace it
        applyTheme();
        this.recovery = services.recovery();
        this.autosaver = services.autosaver();
        this.dialogsFor = dialogsFor;
        this.fontFamily = services.fontFamily();
        this.exit = exit;
        this.texts = new Texts(preferences.language());
        this.timer = services.timer();
        Runnable chime = new Chime();
        timer.onZero(() -> {
            if (!preferences.get().timerMuted()) {
                chime.run();
            }
        });
        useLanguageInJavaFx();
        this.dialogs = dialogsFor.apply(texts);
        WorkshopStore store = services.store();
        this.templates = new Templates(store);
        vm = new ShellViewModel(store, dialogs, runner, texts, preferences, autosaver);
        autosaver.setEnabled(preferences.get().autosave());
        vm.show(new WorkshopDocument(vm.blank(), null), null);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(new StackPane(), Math.min(1180, screen.getWidth() * 0.95), Math.min(780, screen.getHeight() * 0.9)));
        stage.getScene().getStylesheets().add(MainStage.class.getResource("/com/motstudio/ui/app.css").toExternalForm());
        WindowPlacement.restore(stage, preferences.get().window());
        build(null); // the start view; a file named on the command line opens after the first frame
        vm.revisionProperty().subscribe(r -> stage.setTitle(title()));
        preferences.settingsProperty().addListener((o, before, after) -> settingsChanged(before, after));
        // weakly: the platform's preferences outlive this stage (a test makes many)
        Platform.getPreferences().colorSchemeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(followSystemScheme));
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
    }

    public ShellViewModel viewModel() {
        return vm;
    }

    public MainWindow window() {
        return window;
    }

    /**
     * A large countdown for presentation mode's corner, following the same timer as the window's
     * status bar; hidden while no timer is set. Each call makes a new node.
     */
    public javafx.scene.Node presentationTimer() {
        return TimerDisplay.large(timer, texts);
    }

    /** After the window is shown: offer a crash's recovery copy, then open the file named on the command line. */
    public void afterShown(Path fileArgument) {
        recovery.pending().ifPresent(this::offerRecovery);
        try {
            recovery.adoptLeftBeside(".room.json"); // a crash with the workshop saved left answers but no copy
        } catch (IOException e) {
            // they stay where they are and are looked for again next time
        }
        if (fileArgument != null) {
            open(fileArgument);
        }
    }

    /** Opens a workshop file handed to the app from outside (command line, the macOS Finder). */
    public void open(Path file) {
        vm.whenClosable(() -> vm.load(file));
    }

    /** Asks about unsaved changes, then closes every window and leaves. */
    public void quit() {
        vm.whenClosable(() -> {
            preferences.update(s -> s.withWindow(WindowPlacement.of(stage)));
            autosaver.close();
            try {
                recovery.clearOwn();
                Path ownRoom = recovery.ownCopy().resolveSibling(recovery.ownCopy().getFileName() + ".room.json");
                java.nio.file.Files.deleteIfExists(ownRoom); // a clean quit: no crash to recover the room's answers from
            } catch (IOException e) {
                // a left-over copy is offered next time; nothing is lost
            }
            // Hiding every window before exiting avoids a crash in the GTK glass seen with popups open.
            for (Window w : Window.getWindows().toArray(Window[]::new)) {
                w.hide();
            }
            exit.run();
        });
    }

    private void offerRecovery(RecoveryStore.Recovery found) {
        String when = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT).format(found.savedAt().atZone(ZoneId.systemDefault()));
        String name = found.originalFile() == null ? texts.get("shell.untitled") : found.originalFile().getFileName().toString();
        if (dialogs.confirm(texts.get("dialog.recover.title"), texts.format("dialog.recover.message", when, name))) {
            switch (recovery.restore(found)) {
                case LoadResult.Loaded loaded -> vm.show(WorkshopDocument.restored(loaded.workshop(), found.originalFile()), loaded.baseline());
                case LoadResult.Refused refused -> dialogs.showProblems(texts.get("dialog.openFailed.title"),
                        texts.format("dialog.openFailed.message", found.copy()),
                        refused.problems().stream().map(p -> p.describe(texts)).toList());
            }
        }
        try {
            keepRoomAnswers(found);
            recovery.discard(found);
        } catch (IOException e) {
            dialogs.showError(texts.get("dialog.recover.title"), String.valueOf(e.getMessage()));
        }
    }

    /**
     * A room session's answers left beside a crashed copy move beside this process's own copy, where
     * the next room session offers them back (the name is RoomWindow.snapshotBeside's, spelt here so
     * that no room class loads unless a session starts).
     */
    private void keepRoomAnswers(RecoveryStore.Recovery found) throws IOException {
        Path left = found.copy().resolveSibling(found.copy().getFileName() + ".room.json");
        if (java.nio.file.Files.isRegularFile(left)) {
            Path own = recovery.ownCopy();
            java.nio.file.Files.move(left, own.resolveSibling(own.getFileName() + ".room.json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void settingsChanged(Settings before, Settings after) {
        autosaver.setEnabled(after.autosave());
        if (before.theme() != after.theme()) {
            applyTheme();
        }
        if (!before.language().equals(after.language()) || before.textSize() != after.textSize()) {
            texts = new Texts(preferences.language());
            useLanguageInJavaFx();
            dialogs = dialogsFor.apply(texts);
            vm.relocalize(texts, dialogs);
            build(window == null ? null : window.selectedPage());
            stage.setTitle(title());
            if (presentation != null && presentation.isShowing()) {
                presentation.relabel(texts, presentationTimer()); // the slides on the projector speak the new language too
            }
            if (room != null && room.isShowing()) {
                room.relabel(texts, dialogs); // the room session's window too, its session running on
                room.lookLike(stage.getScene());
            }
        }
    }

    /**
     * JavaFX's own texts (table placeholders, text-field menus) and the date picker's month and
     * weekday names come from the JVM's default locales, read whenever a control is made or a popup
     * drawn; the OS locale would mix English or German into a Chinese window. So the app's
     * language becomes the JVM's locale for every category, before any control of the language
     * is made. Files and the command line never depend on it: they name their locale.
     */
    private void useLanguageInJavaFx() {
        Locale.setDefault(texts.language().locale());
    }

    private void build(Page page) {
        MainWindow previous = window;
        if (previous != null) {
            previous.dispose();
        }
        window = new MainWindow(vm, texts, dialogs, preferences, timer,
                new MenuBarView.Actions(this::newFromTemplate, this::showPreferences, this::showAbout, this::quit, this::present, this::startRoom), page);
        if (previous != null) {
            window.keepTabsOf(previous);
        }
        window.root().setStyle("-fx-font-family: \"" + fontFamily + "\"; -fx-font-size: "
                + preferences.get().textSize().pixels() + "px;");
        stage.getScene().setRoot(window.root());
    }

    private void applyTheme() {
        ThemeChoice choice = preferences.get().theme();
        boolean dark = choice == ThemeChoice.DARK
                || choice == ThemeChoice.SYSTEM && Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private void newFromTemplate() {
        TemplateChooser chooser = new TemplateChooser(texts);
        if (!dialogs.ask(texts.get("templates.title"), chooser.root(), texts.get("templates.create"), chooser.nothingChosen())) {
            return;
        }
        switch (templates.load(chooser.sector(), chooser.language())) {
            case LoadResult.Loaded loaded -> vm.newFrom(loaded.workshop());
            case LoadResult.Refused refused -> dialogs.showProblems(texts.get("templates.title"),
                    texts.get("templates.broken"), refused.problems().stream().map(p -> p.describe(texts)).toList());
        }
    }

    /** F5, View > Present: the slides full screen, on the other screen when there are two; once only. */
    public void present() {
        if (presentation != null && presentation.isShowing()) {
            presentation.toFront();
            return;
        }
        // the slides show the activity timer's countdown in their top-right corner
        presentation = new PresentationWindow(stage, vm.documentProperty(), texts, fontFamily, presentationTimer());
        presentation.onRoomKey(this::startRoom);
        presentation.show();
    }

    /**
     * View > Start a room session, R in presentation mode: the room session's window, one at a time,
     * above the slides when they show. Its classes (and the server's) load only now, not at start-up;
     * the room's answers are kept beside the recovery copy.
     */
    public void startRoom() {
        if (room != null && room.isShowing()) {
            room.show();
            return;
        }
        Window owner = presentation != null && presentation.isShowing() ? presentation.window() : stage;
        room = new com.motstudio.ui.room.RoomWindow(owner, vm.documentProperty(),
                com.motstudio.ui.room.RoomWindow.snapshotBeside(recovery.ownCopy()), com.motstudio.room.RoomLimits.standard(),
                null, texts, dialogs, timer);
        room.lookLike(stage.getScene()); // the main window's text size, not the slides'
        room.show();
    }

    /** The room session's window, or null when no session was started. */
    public com.motstudio.ui.room.RoomWindow room() {
        return room;
    }

    /** The open presentation, or null when presentation mode was never opened. */
    public PresentationWindow presentation() {
        return presentation;
    }

    private void showPreferences() {
        PreferencesView view = new PreferencesView(preferences);
        dialogs.showPanel("prefs.title", view.root(), view.texts());
        view.dispose();
    }

    private void showAbout() {
        dialogs.inform(texts.get("about.title"), texts.format("about.message", AppVersion.current()));
    }

    private String title() {
        WorkshopDocument doc = vm.document();
        return (doc != null && doc.isDirty() ? "● " : "") + vm.displayName() + " — " + texts.get("shell.appName");
    }
}
