package com.motstudio.app;

import com.motstudio.method.monitor.FollowUps;
import com.motstudio.model.Feedback;
import com.motstudio.model.Workshop;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.store.LoadResult;
import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 1024 × 768 projector in Chinese with large text, a bad review's follow-up is reached,
 * typed, saved with its own button, saved to the file and is there when the workshop is reopened.
 */
@ExtendWith(ApplicationExtension.class)
class FollowUpProjectorTest {
    private static final String FIX = "当场复印补齐材料";

    @TempDir
    Path home;

    private AppHarness app;
    private Stage stage;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = new AppHarness(stage, home, s -> s.withTheme(ThemeChoice.DARK).withTextSize(TextSize.LARGE).withLanguage("zh-CN"));
        AppHarness.projector(stage);
        file = home.resolve("大厅.mot.json");
        app.store.save(ExportFixture.create(Language.SIMPLIFIED_CHINESE), file, null);
        app.main.open(file);
    }

    @AfterEach
    void fitTheScreenAgain() throws Exception {
        AppHarness.fitScreen(stage);
    }

    @Test
    void aFixTypedInTheFollowUpIsSavedAndReopened(FxRobot robot) throws Exception {
        robot.clickOn("#nav-monitor");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#monitor-tab-feedback").tryQuery().isPresent());
        robot.clickOn("#monitor-tab-feedback");
        Feedback bad = chooseBadReview(robot);
        TextInputControl rectification = robot.lookup("#followup-rectification").queryAs(TextInputControl.class);
        robot.interact(rectification::requestFocus); // as Tab would reach it
        assertInWindow(rectification);
        robot.clickOn(rectification).write(FIX);
        Button save = robot.lookup("#followup-save").queryButton();
        robot.interact(save::requestFocus);
        assertInWindow(save);
        robot.interact(() -> Snapshots.writePng(stage.getScene().snapshot(null), Path.of(
                System.getProperty("mot.buildDir", "target"), "screenshots", "followup-zh-CN-1024-large-dark.png")));
        robot.clickOn(save);
        assertThat(followUpOf(app.main.viewModel().document().current(), bad).rectification()).isEqualTo(FIX);
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Workshop saved = ((LoadResult.Loaded) app.store.open(file)).workshop();
        assertThat(followUpOf(saved, bad).rectification()).isEqualTo(FIX);
        robot.interact(() -> app.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-monitor");
        robot.clickOn("#monitor-tab-feedback");
        chooseBadReview(robot);
        assertThat(robot.lookup("#followup-rectification").queryAs(TextInputControl.class).getText()).isEqualTo(FIX);
    }

    private static com.motstudio.model.FollowUp followUpOf(Workshop w, Feedback f) {
        return w.monitoring().feedback().stream().filter(x -> x.id().equals(f.id())).findFirst().orElseThrow().followUp();
    }

    @SuppressWarnings("unchecked")
    private static Feedback chooseBadReview(FxRobot robot) {
        TableView<Feedback> log = robot.lookup("#feedback-log").queryAs(TableView.class);
        Feedback bad = log.getItems().stream().filter(FollowUps::isBad).findFirst().orElseThrow();
        robot.interact(() -> log.getSelectionModel().select(bad));
        return bad;
    }

    /** Wholly inside the window, where a click reaches it. */
    private void assertInWindow(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        assertThat(b.getMinY()).as("top of " + node.getId()).isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxY()).as("bottom of " + node.getId()).isLessThanOrEqualTo(stage.getScene().getHeight());
        assertThat(b.getMaxX()).as("right of " + node.getId()).isLessThanOrEqualTo(stage.getScene().getWidth());
    }
}
