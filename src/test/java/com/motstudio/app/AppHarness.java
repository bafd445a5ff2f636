package com.motstudio.app;

import com.motstudio.store.Autosaver;
import com.motstudio.store.RecoveryStore;
import com.motstudio.store.Settings;
import com.motstudio.store.SettingsStore;
import com.motstudio.store.UserFolders;
import com.motstudio.store.WorkshopStore;
import com.motstudio.ui.common.Fonts;
import com.motstudio.ui.common.TaskRunner;
import com.motstudio.ui.prefs.PreferencesModel;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Builds the real main window for a UI test, with its own user folders and scripted file choosers. */
final class AppHarness {
    final UserFolders folders;
    final WorkshopStore store = new WorkshopStore();
    final RecoveryStore recovery;
    final List<ScriptedDialogs> dialogs = new ArrayList<>();
    final MainStage main;
    boolean exited;

    AppHarness(Stage stage, Path home, UnaryOperator<Settings> settings) {
        folders = new UserFolders(home.resolve("config"), home.resolve("recovery"));
        SettingsStore settingsStore = new SettingsStore(folders.configDir());
        settingsStore.save(settings.apply(Settings.defaults("en")));
        PreferencesModel preferences = new PreferencesModel(settingsStore.load("en"), settingsStore);
        recovery = new RecoveryStore(folders.recoveryDir(), store);
        Autosaver autosaver = new Autosaver(recovery, Duration.ofMinutes(10), t -> { }, e -> { });
        AppServices services = new AppServices(store, preferences, recovery, autosaver, Fonts.loadBundled());
        main = new MainStage(stage, services, texts -> {
            ScriptedDialogs d = new ScriptedDialogs(() -> stage, texts);
            dialogs.add(d);
            return d;
        }, TaskRunner.IMMEDIATE, () -> exited = true);
        stage.show();
    }

    /** A classroom projector's window, 1024 × 768 (wider than the 1000 px headless screen: undo with {@link #fitScreen}). */
    static void projector(Stage stage) {
        stage.setWidth(1024);
        stage.setHeight(768);
    }

    /** Hides the window and gives the next test one that fits the headless screen. */
    static void fitScreen(Stage stage) throws Exception {
        org.testfx.api.FxToolkit.setupFixture(() -> {
            stage.hide();
            stage.setWidth(1000);
            stage.setHeight(700);
        });
    }

    /** The dialogs of the current language (a language change makes new ones). */
    ScriptedDialogs dialogs() {
        return dialogs.getLast();
    }
}
