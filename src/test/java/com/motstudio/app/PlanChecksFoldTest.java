package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import com.motstudio.ui.shell.Page;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
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
 * The Plan page's checks fold to their title in a short window (1024 x 768, large text), so the
 * tabs above keep their room; once the user opens or closes them, that holds for the session.
 */
@ExtendWith(ApplicationExtension.class)
class PlanChecksFoldTest {
    @TempDir
    Path home;

    private AppHarness app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, home, s -> s.withTheme(ThemeChoice.DARK).withTextSize(TextSize.LARGE).withLanguage("zh-CN"));
    }

    @AfterEach
    void fitTheScreenAgain() throws Exception {
        AppHarness.fitScreen(stage);
    }

    private TitledPane openPlan(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app.main.viewModel().show(new WorkshopDocument(FullWorkshop.create(Language.SIMPLIFIED_CHINESE), null), null);
            app.main.window().select(Page.PLAN);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#plan-checks").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#plan-checks").queryAs(TitledPane.class);
    }

    @Test
    void onAProjectorWithLargeTextTheChecksStartFoldedAndTheUsersChoiceHoldsForTheSession(FxRobot robot) throws Exception {
        robot.interact(() -> AppHarness.projector(stage));
        TitledPane checks = openPlan(robot);
        assertThat(checks.isExpanded()).as("folded on a short window").isFalse();
        assertThat(checks.getText()).startsWith("计划检查");
        Node tabs = robot.lookup("#plan-tabs").query();
        assertThat(checks.getHeight()).as("just its title").isLessThan(3 * checks.getFont().getSize());
        double foldedTabs = tabs.getLayoutBounds().getHeight();
        snapshot(robot, "plan-checks-folded-zh-CN-1024x768-large-dark.png");

        robot.interact(() -> checks.setExpanded(true)); // the user opens them
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getLayoutBounds().getHeight()).as("open, they take room from the tabs").isLessThan(foldedTabs);
        snapshot(robot, "plan-checks-open-zh-CN-1024x768-large-dark.png");
        robot.interact(() -> app.preferences.update(s -> s.withTextSize(TextSize.NORMAL))); // the window is rebuilt
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plan-checks").queryAs(TitledPane.class).isExpanded()).as("still open, as the user left them").isTrue();

        robot.interact(() -> app.preferences.update(s -> s.withTextSize(TextSize.LARGE)));
        robot.interact(() -> robot.lookup("#plan-checks").queryAs(TitledPane.class).setExpanded(false));
        TitledPane reopened = openPlan(robot); // another workshop: the same session
        assertThat(reopened.isExpanded()).isFalse();
        robot.interact(() -> tall(stage));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reopened.isExpanded()).as("the user's choice, not the height, decides now").isFalse();
    }

    @Test
    void onATallWindowTheChecksStartOpen(FxRobot robot) throws Exception {
        robot.interact(() -> tall(stage));
        TitledPane checks = openPlan(robot);
        assertThat(checks.isExpanded()).isTrue();
    }

    /** As tall as the 1000 px headless screen lets a shown window be (a taller one overruns its buffer). */
    private static void tall(Stage stage) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(990);
        stage.setHeight(990);
    }

    private void snapshot(FxRobot robot, String name) {
        robot.interact(() -> Snapshots.writePng(stage.getScene().snapshot(null),
                Path.of(System.getProperty("mot.buildDir", "target"), "screenshots", name)));
    }
}
