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
import com.motstudio.ui.timer.ActivityTimer;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Builds the real main window for a UI test, with its own user folders and scripted file choosers.
 * The window sets the JVM's locale to the app's language; {@link com.motstudio.testing.RestoresLocale}
 * gives it back after each test.
 */
final class AppHarness {
    final UserFolders folders;
    final WorkshopStore store = new WorkshopStore();
    final RecoveryStore recovery;
    final List<ScriptedDialogs> dialogs = new ArrayList<>();
    final MainStage main;
    /** The settings as the Preferences dialog changes them (a change of language rebuilds the window). */
    final PreferencesModel preferences;
    final AppServices services;
    boolean exited;

    AppHarness(Stage stage, Path home, UnaryOperator<Settings> settings) {
        this(stage, home, settings, null);
    }

    /** With the activity timer given (e.g. on a clock the test moves), or the real one for null. */
    AppHarness(Stage stage, Path home, UnaryOperator<Settings> settings, ActivityTimer timer) {
        com.motstudio.testing.RestoresLocale.requireActive();
        forgetFiredEvents(); // the events of a window built before for this stage
        folders = new UserFolders(home.resolve("config"), home.resolve("recovery"));
        SettingsStore settingsStore = new SettingsStore(folders.configDir());
        settingsStore.save(settings.apply(Settings.defaults("en")));
        preferences = new PreferencesModel(settingsStore.load("en"), settingsStore);
        recovery = new RecoveryStore(folders.recoveryDir(), store);
        Autosaver autosaver = new Autosaver(recovery, Duration.ofMinutes(10), t -> { }, e -> { });
        services = timer == null ? new AppServices(store, preferences, recovery, autosaver, Fonts.loadBundled())
                : new AppServices(store, preferences, recovery, autosaver, Fonts.loadBundled(), timer);
        main = new MainStage(stage, services, texts -> {
            ScriptedDialogs d = new ScriptedDialogs(() -> stage, texts);
            dialogs.add(d);
            return d;
        }, TaskRunner.IMMEDIATE, () -> exited = true);
        stage.show();
    }

    /**
     * TestFX keeps every event fired on its registered stage (for its failure messages) until a
     * stage is registered again; a mouse event's target, a replaced window's root, then holds the
     * whole replaced window. Registering the same stage again starts an empty list. On the FX thread.
     */
    static void forgetFiredEvents() {
        org.testfx.api.FxToolkitContext context = org.testfx.api.FxToolkit.toolkitContext();
        if (context.getRegisteredStage() != null) {
            context.setRegisteredStage(context.getRegisteredStage());
        }
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

    AppServices services() {
        return services;
    }

    /** The dialogs of the current language (a language change makes new ones). */
    ScriptedDialogs dialogs() {
        return dialogs.getLast();
    }
}
