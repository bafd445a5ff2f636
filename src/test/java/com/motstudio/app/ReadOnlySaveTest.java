package com.motstudio.app;

import com.motstudio.store.LoadResult;
import com.motstudio.store.ThemeChoice;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving over a read-only workshop asks first: save anyway, save as, or cancel; nothing is overwritten silently. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlySaveTest {
    @TempDir
    Path home;

    private AppHarness app;
    private Path file;
    private byte[] before;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, home, s -> s.withTheme(ThemeChoice.LIGHT));
    }

    @BeforeEach
    void openAReadOnlyWorkshopAndChangeIt(FxRobot robot) throws Exception {
        file = home.resolve("hall.mot.json");
        app.store.save(com.motstudio.model.Workshop.blank("en", "Citizen").withInfo(
                com.motstudio.model.Workshop.blank("en", "Citizen").info().withTitle("Original")), file, null);
        makeReadOnly(file);
        before = Files.readAllBytes(file);
        robot.interact(() -> app.main.viewModel().load(file));
        robot.interact(() -> app.main.viewModel().document().apply("retitle",
                w -> w.withInfo(w.info().withTitle("Changed"))));
    }

    private static void makeReadOnly(Path file) throws Exception {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        } else {
            Files.setAttribute(file, "dos:readonly", true);
        }
    }

    private void saveAndAnswer(FxRobot robot, String button) throws Exception {
        saveAndWaitForTheQuestion(robot);
        robot.interact(() -> robot.lookup("#" + button).queryButton().fire()); // as a click, without waiting for the window's place on screen
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void saveAndWaitForTheQuestion(FxRobot robot) throws Exception {
        Platform.runLater(() -> app.main.viewModel().save(() -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-save-anyway")
                .match(n -> n.isVisible() && n.getScene().getWindow().isShowing()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String title(Path saved) {
        return ((LoadResult.Loaded) app.store.open(saved)).workshop().info().title();
    }

    @Test
    void cancelLeavesTheFileAndTheChanges(FxRobot robot) throws Exception {
        saveAndAnswer(robot, "dialog-cancel");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(app.main.viewModel().document().isDirty()).isTrue();
    }

    @Test
    void saveAsWritesAnotherFileAndLeavesTheReadOnlyOne(FxRobot robot) throws Exception {
        Path copy = home.resolve("hall-2.mot.json");
        app.dialogs().toSave.add(copy);
        saveAndAnswer(robot, "dialog-save-as");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(title(copy)).isEqualTo("Changed");
        assertThat(app.main.viewModel().document().file()).contains(copy);
    }

    @Test
    void saveAnywayReplacesItAndItStaysReadOnly(FxRobot robot) throws Exception {
        saveAndWaitForTheQuestion(robot);
        assertThat(robot.lookup("#dialog-message").queryAs(Label.class).getText()).contains("\"hall.mot.json\" is read-only");
        snapshotDialog(robot);
        robot.interact(() -> robot.lookup("#dialog-save-anyway").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title(file)).isEqualTo("Changed");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--r--r--");
        }
        assertThat(app.main.viewModel().document().isDirty()).isFalse();
    }

    /** How the question looks (looked at, not committed). */
    private void snapshotDialog(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("mot.buildDir", "target"), "screenshots");
        Files.createDirectories(out);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#dialog-save-anyway") != null).findFirst().orElseThrow().getScene().snapshot(null));
        com.motstudio.testing.Snapshots.writePng(image[0], out.resolve("read-only-save.png"));
    }
}
