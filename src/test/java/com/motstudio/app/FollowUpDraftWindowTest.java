package com.motstudio.app;

import com.motstudio.method.monitor.FollowUps;
import com.motstudio.model.Feedback;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.store.TextSize;
import com.motstudio.text.Language;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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

/**
 * A follow-up that cannot be saved yet (its date is no date) survives a window rebuilt for another
 * text size, and closing or quitting asks before it is lost.
 */
@ExtendWith(ApplicationExtension.class)
class FollowUpDraftWindowTest {
    @TempDir
    Path home;

    private AppHarness app;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        app = new AppHarness(stage, home, s -> s);
        file = home.resolve("hall.mot.json");
        app.store.save(ExportFixture.create(Language.ENGLISH), file, null);
        app.main.open(file);
    }

    @Test
    void aDraftOutlivesARebuiltWindowAndLeavingAsksFirst(FxRobot robot) throws Exception {
        robot.clickOn("#nav-monitor");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#monitor-tab-feedback").tryQuery().isPresent());
        robot.clickOn("#monitor-tab-feedback");
        Feedback bad = chooseBadReview(robot);
        robot.interact(() -> field(robot, "followup-rectification").setText("Called the citizen back"));
        robot.interact(() -> field(robot, "followup-closed").setText("next Friday"));

        robot.interact(() -> app.preferences.update(s -> s.withTextSize(TextSize.LARGE))); // the window is rebuilt
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "followup-rectification").getText()).isEqualTo("Called the citizen back");
        assertThat(field(robot, "followup-closed").getText()).isEqualTo("next Friday");
        assertThat(selected(robot).id()).isEqualTo(bad.id());

        Platform.runLater(() -> app.main.viewModel().close());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-no").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#dialog-no").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.main.viewModel().document().file()).contains(file);
        assertThat(field(robot, "followup-closed").getText()).isEqualTo("next Friday");

        Platform.runLater(() -> app.main.quit());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-no").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#dialog-no").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.exited).isFalse();

        Platform.runLater(() -> app.main.viewModel().close());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-yes").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#dialog-yes").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.main.viewModel().document().file()).isEmpty(); // nothing else unsaved: closed
        assertThat(app.main.viewModel().drafts().keys()).isEmpty();
    }

    @Test
    void aValidFollowUpStillBeingTypedIsSavedBeforeTheWorkshopCloses(FxRobot robot) throws Exception {
        robot.clickOn("#nav-monitor");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#monitor-tab-feedback").tryQuery().isPresent());
        robot.clickOn("#monitor-tab-feedback");
        Feedback bad = chooseBadReview(robot);
        robot.interact(() -> field(robot, "followup-rectification").setText("Copies made at the counter"));

        Platform.runLater(() -> app.main.viewModel().close()); // the form is saved, so the workshop has unsaved changes
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-cancel").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#dialog-cancel").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.main.viewModel().document().current().monitoring().feedback().stream()
                .filter(f -> f.id().equals(bad.id())).findFirst().orElseThrow().followUp().rectification())
                .isEqualTo("Copies made at the counter");
    }

    private static TextInputControl field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextInputControl.class);
    }

    @SuppressWarnings("unchecked")
    private static Feedback selected(FxRobot robot) {
        return robot.lookup("#feedback-log").queryAs(TableView.class).getSelectionModel().getSelectedItem() instanceof Feedback f ? f : null;
    }

    @SuppressWarnings("unchecked")
    private static Feedback chooseBadReview(FxRobot robot) {
        TableView<Feedback> log = robot.lookup("#feedback-log").queryAs(TableView.class);
        Feedback bad = log.getItems().stream().filter(FollowUps::isBad).findFirst().orElseThrow();
        robot.interact(() -> log.getSelectionModel().select(bad));
        return bad;
    }
}
