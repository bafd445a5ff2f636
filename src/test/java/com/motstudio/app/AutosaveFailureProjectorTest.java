package com.motstudio.app;

import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.testing.Snapshots;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** On a 1024 × 768 projector, in Chinese, with large text and the dark theme, the autosave failure shows whole. */
@ExtendWith(ApplicationExtension.class)
class AutosaveFailureProjectorTest {
    @TempDir
    Path home;

    private AppHarness app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, home, s -> s.withTheme(ThemeChoice.DARK).withTextSize(TextSize.LARGE).withLanguage("zh-CN"));
        AppHarness.projector(stage);
    }

    @AfterEach
    void fitTheScreenAgain() throws Exception {
        AppHarness.fitScreen(stage);
    }

    @Test
    void theSentenceFitsTheStatusBar(FxRobot robot) throws Exception {
        robot.clickOn("#start-blank");
        robot.clickOn("#setup-title").write("Counter audit").type(KeyCode.ENTER); // unsaved changes: autosave has work
        Platform.runLater(() -> app.main.viewModel().autosaveFailed(new IOException("设备上没有剩余空间")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-ok").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#dialog-ok").queryButton().fire()); // its window may not be placed on screen yet
        WaitForAsyncUtils.waitForFxEvents();
        Label autosave = robot.lookup("#status-autosave").queryAs(Label.class);
        assertThat(autosave.getText()).contains("自动备份失败");
        robot.interact(() -> Snapshots.writePng(autosave.getScene().snapshot(null), Path.of(
                System.getProperty("mot.buildDir", "target"), "screenshots", "status-autosave-failed-zh-CN-dark-large.png")));
        robot.interact(() -> assertThat(autosave.getWidth()).as("not cut").isGreaterThanOrEqualTo(autosave.prefWidth(-1) - 1));
    }
}
