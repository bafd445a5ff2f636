package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.store.LoadResult;
import com.motstudio.store.SettingsStore;
import com.motstudio.store.Templates;
import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.ui.shell.Page;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
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

/** The shell made for the room: one guidance switch, tabs kept across a rebuild, the help sheets, the short page list. */
@ExtendWith(ApplicationExtension.class)
class RoomShellTest {
    @TempDir
    Path home;

    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, home, s -> s.withTheme(ThemeChoice.LIGHT));
        var template = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", Language.ENGLISH)).workshop();
        app.main.viewModel().show(new WorkshopDocument(template, null), null);
        app.main.window().select(Page.JOURNEY);
    }

    private double guidanceWidth(FxRobot robot, Page page) {
        return robot.lookup("#guidance-" + page.key()).queryAs(Region.class).getWidth();
    }

    @Test
    void oneSwitchHidesTheGuidanceOfEveryPageToAThinStripAndItIsRemembered(FxRobot robot) {
        assertThat(guidanceWidth(robot, Page.JOURNEY)).isGreaterThanOrEqualTo(260);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guidanceWidth(robot, Page.JOURNEY)).isLessThanOrEqualTo(32);
        robot.interact(() -> app.main.window().select(Page.PLAN));
        assertThat(guidanceWidth(robot, Page.PLAN)).as("another page: hidden too").isLessThanOrEqualTo(32);
        assertThat(new SettingsStore(app.folders.configDir()).load("en").guidanceHidden()).as("remembered").isTrue();
        assertThat(robot.lookup("#guidance-toggle").queryButton().getTooltip().getText()).isEqualTo("Show guidance");

        robot.interact(() -> robot.lookup("#guidance-toggle").queryButton().fire());
        assertThat(guidanceWidth(robot, Page.PLAN)).isGreaterThanOrEqualTo(260);
        robot.interact(() -> app.main.window().select(Page.JOURNEY));
        assertThat(guidanceWidth(robot, Page.JOURNEY)).isGreaterThanOrEqualTo(260);
        assertThat(new SettingsStore(app.folders.configDir()).load("en").guidanceHidden()).isFalse();
    }

    private TabPane tabs(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TabPane.class);
    }

    @Test
    void aTextSizeChangeKeepsThePageAndItsTabs(FxRobot robot) {
        robot.interact(() -> tabs(robot, "journey-tabs").getSelectionModel().select(1));
        robot.interact(() -> app.main.window().select(Page.MONITOR));
        robot.interact(() -> tabs(robot, "monitor-tabs").getSelectionModel().select(3));
        robot.interact(() -> app.main.window().select(Page.MOMENTS));
        robot.interact(() -> tabs(robot, "moments-tabs").getSelectionModel().select(3));
        robot.interact(() -> tabs(robot, "moments-data-tabs").getSelectionModel().select(1));

        robot.interact(() -> app.preferences.update(s -> s.withTextSize(TextSize.LARGE)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.main.window().selectedPage()).isEqualTo(Page.MOMENTS);
        assertThat(tabs(robot, "moments-tabs").getSelectionModel().getSelectedIndex()).isEqualTo(3);
        assertThat(tabs(robot, "moments-data-tabs").getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.interact(() -> app.main.window().select(Page.MONITOR));
        assertThat(tabs(robot, "monitor-tabs").getSelectionModel().getSelectedIndex()).as("a page built later").isEqualTo(3);
        robot.interact(() -> app.main.window().select(Page.JOURNEY));
        assertThat(tabs(robot, "journey-tabs").getSelectionModel().getSelectedIndex()).as("the map").isEqualTo(1);

        robot.interact(() -> app.main.viewModel().show(new WorkshopDocument(app.main.viewModel().document().current(), null), null));
        assertThat(tabs(robot, "journey-tabs").getSelectionModel().getSelectedIndex()).as("another workshop opens on the first tab")
                .isZero();
    }

    @Test
    void f1ListsEveryMenuShortcutAndThePagesOwnKeys(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        String sheet = robot.lookup("#help-shortcuts").queryAs(javafx.scene.layout.GridPane.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertThat(sheet).contains("Ctrl+S", "Save", "Ctrl+T", "Activity timer…", "F1", "Keyboard shortcuts",
                "Ctrl+Shift+G", "Show guidance", "P / F / N", "File menu");
        robot.interact(() -> robot.lookup("#dialog-close").queryButton().fire());
    }

    @Test
    void theQuickGuideWalksTheFourSteps(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#main-window").queryAs(javafx.scene.layout.BorderPane.class).getTop() instanceof MenuBar m ? m : null;
        MenuItem guide = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menu-guide".equals(item.getId())).findFirst().orElseThrow();
        Platform.runLater(guide::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#help-guide").tryQuery().isPresent());
        var texts = robot.lookup("#help-guide").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(texts).contains("1 · Journey analysis (half a morning)", "4 · Implementation and monitoring (every month after the workshop)");
        robot.interact(() -> robot.lookup("#dialog-close").queryButton().fire());
    }

    @Test
    void largeTextInANarrowWindowShortensThePageListToIconsAndStepNumbers(FxRobot robot) {
        ToggleButton moments = robot.lookup("#nav-moments").queryAs(ToggleButton.class);
        assertThat(moments.getText()).as("normal text at 1000 px: the names").isEqualTo("2 · Key moments");
        robot.interact(() -> app.preferences.update(s -> s.withTextSize(TextSize.LARGE)));
        WaitForAsyncUtils.waitForFxEvents();
        moments = robot.lookup("#nav-moments").queryAs(ToggleButton.class);
        assertThat(moments.getText()).isEqualTo("2");
        assertThat(moments.getTooltip().getText()).isEqualTo("2 · Key moments");
        assertThat(moments.getAccessibleText()).isEqualTo("2 · Key moments");
        ToggleButton workshop = robot.lookup("#nav-workshop").queryAs(ToggleButton.class);
        assertThat(workshop.getContentDisplay()).isEqualTo(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        for (ToggleButton item : robot.lookup(".nav-item").queryAllAs(ToggleButton.class)) {
            assertThat(item.getWidth()).as(item.getId()).isGreaterThanOrEqualTo(item.prefWidth(-1) - 0.5);
        }
    }
}
