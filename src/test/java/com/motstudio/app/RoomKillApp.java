package com.motstudio.app;

import com.motstudio.room.Activity;
import com.motstudio.room.RoomAddress;
import com.motstudio.store.Autosaver;
import com.motstudio.store.RecoveryStore;
import com.motstudio.store.SettingsStore;
import com.motstudio.store.UserFolders;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Fonts;
import com.motstudio.ui.common.TaskRunner;
import com.motstudio.ui.prefs.PreferencesModel;
import com.motstudio.ui.room.RoomWindow;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The app as {@link MotStudioApp} builds it (its user folders from {@code -Dmot.home}, its recovery
 * store and autosaver, the real main window), headless, for {@link RoomKillTest} to kill: it offers a
 * crash's recovery copy and the room answers left beside it, opens the workshop file given, starts a
 * room session from the window's own Start button on the loopback address (keeping the earlier
 * answers it offers), opens an emotion round unless one was restored, and prints
 * {@code ROOM <address> <pin> restoring|fresh <room file>}. Then it waits to be killed.
 */
public final class RoomKillApp {
    private RoomKillApp() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        UserFolders folders = UserFolders.forCurrentUser();
        SettingsStore settingsStore = new SettingsStore(folders.configDir());
        CountDownLatch started = new CountDownLatch(1);
        String[] line = new String[1];
        Platform.startup(() -> {
            try {
                line[0] = start(file, folders, settingsStore);
            } catch (RuntimeException e) {
                line[0] = "FAILED " + e;
                e.printStackTrace();
            }
            started.countDown();
        });
        started.await();
        System.out.println(line[0]);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static String start(Path file, UserFolders folders, SettingsStore settingsStore) {
        WorkshopStore store = new WorkshopStore();
        RecoveryStore recovery = new RecoveryStore(folders.recoveryDir(), store);
        PreferencesModel preferences = new PreferencesModel(settingsStore.load("en"), settingsStore);
        Autosaver autosaver = new Autosaver(recovery, Duration.ofSeconds(30), t -> { }, e -> { });
        AppServices services = new AppServices(store, preferences, recovery, autosaver, Fonts.loadBundled());
        Stage stage = new Stage();
        MainStage main = new MainStage(stage, services, texts -> new YesDialogs(stage, texts), TaskRunner.IMMEDIATE, Platform::exit);
        autosaver.start();
        stage.show();
        main.afterShown(file);
        main.startRoom();
        RoomWindow room = main.room();
        var scene = room.stage().getScene();
        @SuppressWarnings("unchecked")
        ListView<RoomAddress> addresses = (ListView<RoomAddress>) scene.lookup("#room-addresses");
        addresses.setItems(FXCollections.observableArrayList(
                new RoomAddress("lo", "Loopback", InetAddress.getLoopbackAddress(), false)));
        addresses.getSelectionModel().selectFirst();
        CheckBox restore = (CheckBox) scene.lookup("#room-restore");
        String restoring = restore.isVisible() && restore.isSelected() ? "restoring" : "fresh";
        ((Button) scene.lookup("#room-start")).fire();
        var vm = room.viewModel();
        if (!vm.running()) {
            return "FAILED " + vm.problemProperty().get();
        }
        if (vm.activityProperty().get() == null) {
            scene.getRoot().applyCss(); // the session's controls get their skins, and a scroll pane its content
            scene.getRoot().layout();
            ((Button) scene.lookup("#room-open")).fire();
        }
        Activity open = vm.activityProperty().get();
        if (open == null) {
            return "FAILED no activity: " + vm.problemProperty().get();
        }
        return "ROOM " + vm.shortAddress() + " " + vm.pin() + " " + restoring + " " + RoomWindow.snapshotBeside(recovery.ownCopy());
    }

    /** The app's dialogs, answering yes to "recover the workshop?" so that no window waits for a person. */
    private static final class YesDialogs extends com.motstudio.ui.common.FxDialogs {
        YesDialogs(Stage stage, Texts texts) {
            super(() -> stage, texts);
        }

        @Override
        public boolean confirm(String title, String message) {
            return true;
        }
    }
}
