package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Templates;
import com.motstudio.store.ThemeChoice;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.ui.shell.Page;
import com.motstudio.ui.timer.ActivityTimer;
import com.motstudio.ui.timer.Ticker;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity timer as a facilitator uses it: started from the guidance or with a typed length,
 * paused, one more minute, reset, through page and language changes, on a clock the test moves.
 */
@ExtendWith(ApplicationExtension.class)
class ActivityTimerWindowTest {
    @TempDir
    Path home;

    private final Clock clock = new Clock();
    private AppHarness app;
    private int zeros;

    /** A clock that moves when the test says; its ticker is the test itself. */
    private static final class Clock implements InstantSource, Ticker {
        Instant now = Instant.parse("2026-03-14T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public void start(Runnable tick) { }

        @Override
        public void stop() { }
    }

    @Start
    void start(Stage stage) {
        ActivityTimer timer = new ActivityTimer(clock, clock);
        timer.onZero(() -> zeros++);
        app = new AppHarness(stage, home, s -> s.withTheme(ThemeChoice.LIGHT).withTimerMuted(true), timer);
        var template = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", Language.ENGLISH)).workshop();
        app.main.viewModel().show(new WorkshopDocument(template, null), null);
        app.main.window().select(Page.JOURNEY);
    }

    private void pass(FxRobot robot, long seconds) {
        robot.interact(() -> {
            clock.now = clock.now.plus(Duration.ofSeconds(seconds));
            app.services().timer().tick();
        });
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup("#" + id).queryButton().fire());
    }

    @Test
    void aGuidanceActivityCountsDownThroughPageAndLanguageChanges(FxRobot robot) {
        assertThat(robot.lookup("#timer-start").queryButton().isVisible()).as("no timer yet: just its button").isTrue();
        press(robot, "timer-activity-journey-3");
        assertThat(text(robot, "timer-name")).isEqualTo("Walk the route as a first-time customer");
        assertThat(text(robot, "timer-time")).isEqualTo("30:00");
        assertThat(robot.lookup("#timer-start").queryButton().isVisible()).isFalse();

        pass(robot, 29 * 60 + 5);
        assertThat(text(robot, "timer-time")).isEqualTo("00:55");
        assertThat(robot.lookup("#timer-time").queryAs(Label.class).getStyleClass()).contains("timer-last-minute");

        robot.interact(() -> app.main.window().select(Page.PLAN));
        press(robot, "timer-toggle");
        pass(robot, 600);
        assertThat(text(robot, "timer-time")).as("paused on another page").isEqualTo("00:55");

        robot.interact(() -> app.preferences.update(s -> s.withLanguage("zh-CN")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.main.window().selectedPage()).isEqualTo(Page.PLAN);
        assertThat(text(robot, "timer-name")).as("the rebuilt window names it in Chinese").isEqualTo("以第一次来办事的身份实地走一遍");
        assertThat(text(robot, "timer-time")).isEqualTo("00:55");

        press(robot, "timer-add");
        assertThat(text(robot, "timer-time")).isEqualTo("01:55");
        assertThat(robot.lookup("#timer-time").queryAs(Label.class).getStyleClass()).contains("timer-calm");
        press(robot, "timer-toggle");
        pass(robot, 110);
        assertThat(robot.lookup("#timer-time").queryAs(Label.class).getStyleClass()).contains("timer-last-seconds");
        pass(robot, 5);
        assertThat(text(robot, "timer-time")).isEqualTo("00:00");
        assertThat(robot.lookup("#timer-time").queryAs(Label.class).getStyleClass()).contains("timer-done");
        assertThat(zeros).isEqualTo(1);

        press(robot, "timer-reset");
        assertThat(text(robot, "timer-time")).isEqualTo("30:00");
        press(robot, "timer-clear");
        assertThat(robot.lookup("#timer-start").queryButton().isVisible()).isTrue();
    }

    @Test
    void theLargeDisplayFollowsTheSameTimer(FxRobot robot) {
        press(robot, "timer-activity-journey-0");
        Node[] large = new Node[1];
        robot.interact(() -> {
            large[0] = app.main.presentationTimer();
            Stage room = new Stage();
            room.setScene(new Scene(new StackPane(large[0]), 500, 300));
            room.show();
        });
        pass(robot, 5 * 60);
        assertThat(((Label) large[0].lookup("#timer-large-time")).getText()).isEqualTo("10:00");
        assertThat(((Label) large[0].lookup("#timer-large-name")).getText()).isEqualTo("Tape the stages across the wall");
        robot.interact(() -> ((Button) large[0].lookup("#timer-large-toggle")).fire());
        assertThat(app.services().timer().stateProperty().get()).isEqualTo(ActivityTimer.State.PAUSED);
        assertThat(text(robot, "timer-time")).isEqualTo("10:00");
        robot.interact(() -> app.services().timer().clear());
        assertThat(large[0].isVisible()).as("no timer: nothing in the corner").isFalse();
        robot.interact(() -> large[0].getScene().getWindow().hide());
    }

    @Test
    void anyLengthIsTypedInMinutesAndABadOneSaysSo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#timer-option-0").tryQuery()).as("the page's activities are offered").isPresent();
        robot.interact(() -> robot.lookup("#timer-option-other").queryAs(javafx.scene.control.RadioButton.class).fire());
        robot.interact(() -> robot.lookup("#timer-minutes").queryTextInputControl().setText("ten"));
        assertThat(robot.lookup("#timer-minutes-problem").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#dialog-ok").queryButton().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#timer-minutes").queryTextInputControl().setText("7"));
        assertThat(robot.lookup("#timer-minutes-problem").queryAs(Label.class).isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#timer-sound").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        robot.interact(() -> robot.lookup("#dialog-ok").queryButton().fire());
        assertThat(text(robot, "timer-name")).isEqualTo("Timer");
        assertThat(text(robot, "timer-time")).isEqualTo("07:00");
        assertThat(app.preferences.get().timerMuted()).as("the sound choice is remembered").isFalse();
    }
}
