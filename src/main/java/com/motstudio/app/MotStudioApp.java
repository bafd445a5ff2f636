package com.motstudio.app;

import com.motstudio.store.Autosaver;
import com.motstudio.store.RecoveryStore;
import com.motstudio.store.Settings;
import com.motstudio.store.SettingsStore;
import com.motstudio.store.UserFolders;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Fonts;
import com.motstudio.ui.common.FxDialogs;
import com.motstudio.ui.common.FxTaskRunner;
import com.motstudio.ui.prefs.PreferencesModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** The desktop application: makes the services, opens the main window, and the file given, if any. */
public final class MotStudioApp extends Application {
    private static final Duration AUTOSAVE_INTERVAL = Duration.ofSeconds(30);

    /** Made on another core while JavaFX starts: the file machinery (Jackson, the schema) and the settings. */
    private static CompletableFuture<WorkshopStore> storeAhead;
    private static CompletableFuture<Settings> settingsAhead;
    private static UserFolders folders;
    private static SettingsStore settingsStore;
    /** Loaded beside the FX thread while it builds the window: the bundled font (a 10 MB file) and the icons. */
    private CompletableFuture<String> fontAhead;
    private CompletableFuture<List<Image>> iconsAhead;

    public static void start(String[] args) {
        folders = UserFolders.forCurrentUser();
        settingsStore = new SettingsStore(folders.configDir());
        storeAhead = CompletableFuture.supplyAsync(WorkshopStore::new);
        settingsAhead = CompletableFuture.supplyAsync(() -> settingsStore.load(Language.fromLocale(Locale.getDefault()).tag()));
        // the texts of the window's language, read while JavaFX starts: the resource bundle cache
        // keeps them for the window's own Texts (a thread of its own, see init)
        settingsAhead.thenAcceptAsync(settings -> new Texts(Language.fromTag(settings.language())),
                task -> Thread.ofPlatform().daemon().name("mot-start-texts").start(task));
        Application.launch(MotStudioApp.class, args);
    }

    @Override
    public void init() {
        // a thread of their own: the common pool has one worker on a 2-core machine, busy with the store
        Executor aside = task -> Thread.ofPlatform().daemon().name("mot-start-aside").start(task);
        fontAhead = CompletableFuture.supplyAsync(Fonts::loadBundled, aside);
        iconsAhead = CompletableFuture.supplyAsync(AppIcon::images, aside);
    }

    @Override
    public void start(Stage stage) {
        PreferencesModel preferences = new PreferencesModel(joined(settingsAhead), settingsStore);
        WorkshopStore store = joined(storeAhead);
        RecoveryStore recovery = new RecoveryStore(folders.recoveryDir(), store);
        MainStage[] main = new MainStage[1];
        Autosaver autosaver = new Autosaver(recovery, AUTOSAVE_INTERVAL,
                time -> Platform.runLater(() -> main[0].viewModel().autosaved(time)),
                failure -> Platform.runLater(() -> main[0].viewModel().autosaveFailed(failure)));
        AppServices services = new AppServices(store, preferences, recovery, autosaver, Fonts.FAMILY);
        main[0] = new MainStage(stage, services, texts -> new FxDialogs(() -> stage, texts), new FxTaskRunner(), Platform::exit);
        autosaver.start();
        stage.getIcons().setAll(joined(iconsAhead));
        // the first CSS pass (in show) needs the font registered
        String family = joined(fontAhead);
        if (!family.equals(Fonts.FAMILY)) {
            throw new IllegalStateException("bundled font is " + family + ", the window's style says " + Fonts.FAMILY);
        }
        stage.show();
        StartupProbe.watch(stage.getScene(), main[0]::quit);
        List<String> args = getParameters().getRaw();
        Platform.runLater(() -> {
            main[0].afterShown(args.isEmpty() ? null : Path.of(args.getFirst()));
            FinderFiles.deliverTo(main[0]::open);
        });
    }

    /** The future's value, or what made it fail, thrown as if the work had been done here. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
