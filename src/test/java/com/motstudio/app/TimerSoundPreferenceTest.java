package com.motstudio.app;

import com.motstudio.ui.shell.Page;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
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

/** The activity timer's sound is turned on and off in Preferences as in the timer dialog: one setting. */
@ExtendWith(ApplicationExtension.class)
class TimerSoundPreferenceTest {
    @TempDir
    Path home;

    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, home, s -> s.withTimerMuted(true).withLanguage("zh-CN")
                .withTextSize(com.motstudio.store.TextSize.LARGE).withTheme(com.motstudio.store.ThemeChoice.DARK));
        app.main.window().select(Page.JOURNEY);
    }

    @Test
    void preferencesAndTheTimerDialogShowAndChangeTheSameSoundSetting(FxRobot robot) throws Exception {
        openPreferences(robot);
        CheckBox sound = robot.lookup("#prefs-timer-sound").queryAs(CheckBox.class);
        assertThat(sound.isSelected()).as("muted at start").isFalse();
        assertThat(sound.getText()).isEqualTo(new com.motstudio.text.Texts(com.motstudio.text.Language.SIMPLIFIED_CHINESE).get("timer.form.sound"));
        robot.interact(() -> com.motstudio.testing.Snapshots.writePng(sound.getScene().snapshot(null),
                Path.of(System.getProperty("mot.buildDir", "target"), "screenshots", "prefs-zh-CN-large-dark.png")));
        robot.interact(() -> sound.setSelected(true));
        assertThat(app.preferences.get().timerMuted()).isFalse();
        robot.interact(() -> robot.lookup("#dialog-close").queryButton().fire());

        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#timer-sound").tryQuery().isPresent());
        CheckBox inDialog = robot.lookup("#timer-sound").queryAs(CheckBox.class);
        assertThat(inDialog.isSelected()).as("the timer dialog shows what Preferences chose").isTrue();
        robot.interact(() -> robot.lookup("#timer-option-other").queryAs(javafx.scene.control.RadioButton.class).fire());
        robot.interact(() -> robot.lookup("#timer-minutes").queryTextInputControl().setText("5"));
        robot.interact(() -> inDialog.setSelected(false));
        robot.interact(() -> robot.lookup("#dialog-ok").queryButton().fire());
        assertThat(app.preferences.get().timerMuted()).isTrue();

        openPreferences(robot);
        assertThat(robot.lookup("#prefs-timer-sound").queryAs(CheckBox.class).isSelected())
                .as("Preferences show what the timer dialog chose").isFalse();
        robot.interact(() -> robot.lookup("#dialog-close").queryButton().fire());
        robot.interact(() -> app.services().timer().clear());
    }

    private void openPreferences(FxRobot robot) throws Exception {
        Platform.runLater(() -> app.main.window().root().getScene().getAccelerators().entrySet().stream()
                .filter(e -> e.getKey().getName().contains(",") || e.getKey().getName().contains("Comma"))
                .findFirst().orElseThrow().getValue().run());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#prefs-timer-sound").tryQuery().isPresent());
    }
}
