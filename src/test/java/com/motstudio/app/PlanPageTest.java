package com.motstudio.app;

import com.motstudio.store.ThemeChoice;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Plan page inside the main window: the app's undo and redo keys act on what was planned there. */
@ExtendWith(ApplicationExtension.class)
class PlanPageTest {
    @TempDir
    Path home;

    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, home, s -> s.withTheme(ThemeChoice.LIGHT));
    }

    @Test
    void actionsTypedOnThePlanPageAreUndoneAndRedoneWithTheKeys(FxRobot robot) throws Exception {
        robot.clickOn("#nav-plan");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#plan-tabs").tryQuery().isPresent());
        assertThat(robot.lookup("#step-holdings").tryQuery()).isEmpty();
        robot.clickOn("#plan-tab-actions");
        robot.clickOn("#plan-action-new").write("Pens at every window").type(KeyCode.ENTER).write("Seats by the queue").type(KeyCode.ENTER);
        assertThat(app.main.viewModel().document().current().plan().actions()).hasSize(2);
        ListView<?> warnings = robot.lookup("#plan-warnings").queryAs(ListView.class);
        assertThat(warnings.getItems()).hasSize(4);
        shortcut(robot, KeyCode.Z);
        assertThat(app.main.viewModel().document().current().plan().actions()).hasSize(1);
        assertThat(warnings.getItems()).hasSize(2);
        shortcut(robot, KeyCode.Y);
        assertThat(app.main.viewModel().document().current().plan().actions()).hasSize(2);
        // how the page looks beside the navigation and the guidance (looked at, not committed)
        java.nio.file.Path out = java.nio.file.Path.of(System.getProperty("mot.buildDir", "target"), "screenshots");
        java.nio.file.Files.createDirectories(out);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup("#plan-tabs").query().getScene().snapshot(null));
        com.motstudio.testing.Snapshots.writePng(image[0], out.resolve("plan-in-window.png"));
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
