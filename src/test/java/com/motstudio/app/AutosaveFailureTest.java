package com.motstudio.app;

import atlantafx.base.theme.Styles;
import com.motstudio.store.ThemeChoice;
import com.motstudio.testing.Snapshots;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An autosave that fails is told in a notice once and stays in the status bar, in red, until one works. */
@ExtendWith(ApplicationExtension.class)
class AutosaveFailureTest {
    @TempDir
    Path home;

    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, home, s -> s.withTheme(ThemeChoice.LIGHT));
    }

    @Test
    void aFailedAutosaveIsToldOnceAndShownInTheStatusBarUntilOneWorks(FxRobot robot) throws Exception {
        robot.clickOn("#start-blank");
        robot.clickOn("#setup-title").write("Counter audit").type(KeyCode.ENTER);
        Platform.runLater(() -> app.main.viewModel().autosaveFailed(new IOException("No space left on device")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-ok").tryQuery().isPresent());
        assertThat(robot.lookup(".label").queryAllAs(Label.class))
                .anyMatch(l -> l.getText() != null && l.getText().contains("No space left on device"));
        robot.interact(() -> robot.lookup("#dialog-ok").queryButton().fire()); // its window may not be placed on screen yet
        Platform.runLater(() -> app.main.viewModel().autosaveFailed(new IOException("No space left on device")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialog-ok").tryQuery()).as("told once").isEmpty();

        Label autosave = robot.lookup("#status-autosave").queryAs(Label.class);
        assertThat(autosave.getText()).startsWith("Autosave failed at ").endsWith("trying again every 30 seconds");
        assertThat(autosave.getStyleClass()).contains(Styles.DANGER);
        assertThat(autosave.getTooltip().getText()).isEqualTo("No space left on device");
        assertThat(robot.lookup("#status-state").queryAs(Label.class).getText()).isEqualTo("Unsaved changes");
        robot.interact(() -> Snapshots.writePng(autosave.getScene().snapshot(null),
                Path.of(System.getProperty("java.io.tmpdir"), "status-autosave-failed-en.png")));

        robot.interact(() -> app.main.viewModel().autosaved(Instant.parse("2026-03-14T10:00:00Z")));
        assertThat(autosave.getText()).startsWith("Autosaved at ");
        assertThat(autosave.getStyleClass()).doesNotContain(Styles.DANGER);
    }
}
