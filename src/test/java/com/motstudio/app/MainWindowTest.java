package com.motstudio.app;

import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.ThemeChoice;
import com.motstudio.ui.common.Fonts;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window driven as a user would: type, use the shortcuts and menus, answer the dialogs. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path home;

    private Stage stage;
    private AppHarness app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, home, s -> s.withTheme(ThemeChoice.LIGHT));
    }

    /** The app styles its window with {@code Fonts.FAMILY} while the font still loads on another thread. */
    @Test
    void theBundledFontLoadsOffTheFxThreadAsTheFamilyTheWindowIsStyledWith() throws Exception {
        String family = java.util.concurrent.CompletableFuture.supplyAsync(Fonts::loadBundled).get(30, TimeUnit.SECONDS);
        assertThat(Platform.isFxApplicationThread()).isFalse();
        assertThat(family).isEqualTo(Fonts.FAMILY);
        assertThat(stage.getScene().getRoot().getStyle()).contains("\"" + Fonts.FAMILY + "\"");
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private void typeInto(FxRobot robot, String id, String text) {
        robot.clickOn("#" + id).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text).type(KeyCode.ENTER);
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** From the start view the window opens on, to the blank workshop's Workshop page. */
    private void startBlank(FxRobot robot) {
        robot.clickOn("#start-blank");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWindowOpensOnTheStartViewWithNoPageChosenAndTheBlankWorkshopLeadsToItsWorkshopPage(FxRobot robot) {
        assertThat(robot.lookup("#start-page").tryQuery()).isPresent();
        assertThat(robot.lookup("#setup-title").tryQuery()).as("the Workshop page is built on the first visit").isEmpty();
        assertThat(robot.lookup(".nav-item").queryAllAs(javafx.scene.control.ToggleButton.class))
                .noneMatch(javafx.scene.control.ToggleButton::isSelected);
        assertThat(robot.lookup("#start-recent").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(1);
        javafx.scene.layout.Region start = robot.lookup("#start-page").queryAs(javafx.scene.layout.Region.class);
        assertThat(start.prefHeight(start.getWidth())).as("the start view fits the window, nothing clipped").isLessThanOrEqualTo(start.getHeight());
        startBlank(robot);
        assertThat(robot.lookup("#setup-title").tryQuery()).isPresent();
        assertThat(robot.lookup("#start-page").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-workshop").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void fromTheStartViewATemplateOpensOnItsWorkshopPage(FxRobot robot) throws Exception {
        robot.clickOn("#start-template");
        waitFor(robot, "template-sectors");
        robot.clickOn("#dialog-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.main.viewModel().document().current().info().sector()).isEqualTo("government");
        waitFor(robot, "setup-title");
        assertThat(field(robot, "setup-title").getText()).isNotBlank();
        assertThat(robot.lookup("#nav-workshop").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    private void waitFor(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + id).match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theArrowKeysMoveThroughThePagesAndTheChosenOneStaysChosenWhenClickedAgain(FxRobot robot) throws Exception {
        robot.clickOn("#nav-journey");
        waitFor(robot, "journey-capture");
        robot.interact(() -> robot.lookup("#nav-journey").query().requestFocus());
        robot.type(KeyCode.DOWN);
        waitFor(robot, "moments-tabs");
        assertThat(robot.lookup("#nav-moments").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#nav-moments");
        assertThat(robot.lookup("#nav-moments").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.type(KeyCode.UP, KeyCode.UP, KeyCode.UP);
        waitFor(robot, "setup-title");
        assertThat(robot.lookup("#nav-workshop").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void aWorkshopIsSetUpSavedClosedAndReopenedWithTheSameValues(FxRobot robot) throws Exception {
        startBlank(robot);
        typeInto(robot, "setup-title", "Counter service audit");
        typeInto(robot, "setup-organization", "City service centre");
        typeInto(robot, "setup-facilitator", "Ms Wang");
        assertThat(stage.getTitle()).startsWith("●");
        Path file = home.resolve("audit.mot.json");
        app.dialogs().toSave.add(home.resolve("audit"));
        shortcut(robot, KeyCode.S);
        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("\"title\": \"Counter service audit\"").contains("\"facilitator\": \"Ms Wang\"");
        assertThat(stage.getTitle()).startsWith("audit.mot.json");
        assertThat(robot.lookup("#status-state").queryAs(Label.class).getText()).isEqualTo("All changes saved");

        shortcut(robot, KeyCode.W);
        assertThat(field(robot, "setup-title").getText()).isEmpty();
        app.dialogs().toOpen.add(file);
        shortcut(robot, KeyCode.O);
        assertThat(field(robot, "setup-title").getText()).isEqualTo("Counter service audit");
        assertThat(field(robot, "setup-organization").getText()).isEqualTo("City service centre");
        assertThat(field(robot, "setup-facilitator").getText()).isEqualTo("Ms Wang");
        assertThat(robot.lookup("#status-path").queryAs(Label.class).getText()).isEqualTo(file.toAbsolutePath().toString());
    }

    @Test
    void undoAndRedoWalkBackAndForthOneFieldEditAtATime(FxRobot robot) {
        startBlank(robot);
        typeInto(robot, "setup-title", "First");
        typeInto(robot, "setup-title", "Second");
        typeInto(robot, "setup-organization", "Hall");
        shortcut(robot, KeyCode.Z);
        assertThat(field(robot, "setup-organization").getText()).isEmpty();
        assertThat(field(robot, "setup-title").getText()).isEqualTo("Second");
        shortcut(robot, KeyCode.Z);
        assertThat(field(robot, "setup-title").getText()).isEqualTo("First");
        shortcut(robot, KeyCode.Y);
        assertThat(field(robot, "setup-title").getText()).isEqualTo("Second");
        assertThat(app.main.viewModel().document().undoLabel()).contains("setup.change.title");
    }

    @Test
    void undoInsideAFieldUndoesTheTypingAsOneStep(FxRobot robot) {
        startBlank(robot);
        typeInto(robot, "setup-title", "Kept");
        robot.clickOn("#setup-organization").write("half typed");
        shortcut(robot, KeyCode.Z);
        assertThat(field(robot, "setup-organization").getText()).isEmpty();
        assertThat(field(robot, "setup-title").getText()).isEqualTo("Kept");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsThem(FxRobot robot) throws Exception {
        startBlank(robot);
        typeInto(robot, "setup-title", "Unsaved idea");
        Platform.runLater(() -> app.main.viewModel().close());
        waitFor(robot, "dialog-cancel");
        robot.clickOn("#dialog-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "setup-title").getText()).isEqualTo("Unsaved idea");
        assertThat(app.main.viewModel().document().isDirty()).isTrue();

        Platform.runLater(() -> app.main.viewModel().close());
        waitFor(robot, "dialog-discard");
        robot.clickOn("#dialog-discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "setup-title").getText()).isEmpty();
    }

    @Test
    void quittingWithUnsavedChangesCanSaveFirst(FxRobot robot) throws Exception {
        startBlank(robot);
        typeInto(robot, "setup-title", "Keep me");
        Path file = home.resolve("kept.mot.json");
        app.dialogs().toSave.add(file);
        Platform.runLater(() -> app.main.quit());
        waitFor(robot, "dialog-save");
        robot.clickOn("#dialog-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.exited).isTrue();
        assertThat(((LoadResult.Loaded) app.store.open(file)).workshop().info().title()).isEqualTo("Keep me");
    }

    @Test
    void switchingTheLanguageRelabelsTheWindowAndKeepsTheWorkshop(FxRobot robot) throws Exception {
        startBlank(robot);
        typeInto(robot, "setup-title", "Bilingual");
        Platform.runLater(() -> app.main.window().root().getScene().getAccelerators().entrySet().stream()
                .filter(e -> e.getKey().getName().contains(",") || e.getKey().getName().contains("Comma"))
                .findFirst().orElseThrow().getValue().run());
        waitFor(robot, "prefs-language");
        robot.clickOn("#prefs-language");
        robot.clickOn("简体中文");
        robot.clickOn("#dialog-close");
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar menus = (MenuBar) ((BorderPane) stage.getScene().getRoot()).getTop();
        assertThat(menus.getMenus().getFirst().getText()).startsWith("文件");
        assertThat(robot.lookup("#nav-journey").queryAs(javafx.scene.control.Labeled.class).getText()).isEqualTo("1 · 客户旅程");
        assertThat(robot.lookup("#guidance-workshop").tryQuery()).isPresent();
        assertThat(field(robot, "setup-title").getText()).isEqualTo("Bilingual");
        assertThat(stage.getTitle()).contains("未命名工作坊");
        assertThat(Files.readString(home.resolve("config/settings.json"))).contains("\"zh-CN\"");
    }

    @Test
    void aDamagedFileShowsWhatAndWhereAndLeavesTheOpenWorkshopAlone(FxRobot robot) throws Exception {
        startBlank(robot);
        typeInto(robot, "setup-title", "Still here");
        Path bad = Files.writeString(home.resolve("broken.mot.json"), "{\n  \"format\": \"mot-studio-workshop\",,\n}");
        app.dialogs().toOpen.add(bad);
        Platform.runLater(() -> app.main.viewModel().open());
        waitFor(robot, "dialog-cancel");
        robot.clickOn("#dialog-discard");
        waitFor(robot, "dialog-details");
        String details = robot.lookup("#dialog-details").queryAs(TextArea.class).getText();
        assertThat(details).contains("line 2, column 35");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).anyMatch(l -> l.getText() != null && l.getText().contains("broken.mot.json"));
        robot.clickOn("#dialog-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "setup-title").getText()).isEqualTo("Still here");
        assertThat(Files.readString(bad)).isEqualTo("{\n  \"format\": \"mot-studio-workshop\",,\n}");
    }

    @Test
    void aWorkshopAutosavedBeforeACrashIsOfferedAndRestored(FxRobot robot) throws Exception {
        Workshop lost = Workshop.blank("en", "Citizen");
        lost = lost.withInfo(lost.info().withTitle("Autosaved before the crash"));
        app.recovery.write(lost, null, java.time.Instant.parse("2026-03-14T09:30:00Z"));
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path folder = app.folders.recoveryDir();
        long own = ProcessHandle.current().pid();
        Files.move(folder.resolve("recovery-" + own + ".mot.json"), folder.resolve("recovery-" + finished.pid() + ".mot.json"));
        Files.move(folder.resolve("recovery-" + own + ".json"), folder.resolve("recovery-" + finished.pid() + ".json"));

        Platform.runLater(() -> app.main.afterShown(null));
        waitFor(robot, "dialog-yes");
        assertThat(robot.lookup("#dialog-message").queryAs(Label.class).getText()).contains("2026");
        robot.clickOn("#dialog-yes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "setup-title").getText()).isEqualTo("Autosaved before the crash");
        assertThat(app.main.viewModel().document().isDirty()).isTrue();
        assertThat(app.recovery.pending()).isEmpty();
    }

    @Test
    void aTrainerStartsFromTheGovernmentHallTemplateEditsItWithTheKeyboardAndSavesIt(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.SHIFT, KeyCode.N);
        waitFor(robot, "template-sectors");
        robot.clickOn("#template-language").clickOn("简体中文");
        robot.clickOn("#dialog-ok");
        WaitForAsyncUtils.waitForFxEvents();
        Workshop w = app.main.viewModel().document().current();
        assertThat(w.info().sector()).isEqualTo("government");
        assertThat(w.info().language()).isEqualTo("zh-CN");
        assertThat(w.journey().touchpoints()).hasSizeBetween(20, 40);
        assertThat(app.main.viewModel().document().file()).as("a new, untitled workshop").isEmpty();

        robot.clickOn("#nav-journey");
        waitFor(robot, "journey-capture");
        int before = w.journey().stages().getFirst().touchpoints().size();
        robot.clickOn("#journey-capture").write("Scan the QR code at the door").type(KeyCode.ENTER);
        Workshop edited = app.main.viewModel().document().current();
        assertThat(edited.journey().stages().getFirst().touchpoints()).hasSize(before + 1);
        assertThat(stage.getTitle()).startsWith("●");
        app.dialogs().toSave.add(home.resolve("hall"));
        shortcut(robot, KeyCode.S);
        assertThat(Files.readString(home.resolve("hall.mot.json"))).contains("Scan the QR code at the door").contains("首问");
    }
}
