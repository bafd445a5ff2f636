package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Stage;
import com.motstudio.model.Workshop;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.store.ThemeChoice;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.present.PresentationViewModel;
import com.motstudio.ui.present.PresentationWindow;
import com.motstudio.ui.present.Slide;
import com.motstudio.ui.shell.Page;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Presentation mode while the facilitator works in the main window (two screens): a clicker's keys
 * typed into the main window step and black out the slides, but not while a text is typed; the
 * slides change language with the app.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterInMainWindowTest {
    @TempDir
    Path home;

    private javafx.stage.Stage stage;
    private AppHarness app;
    private final Workshop workshop = ExportFixture.create(Language.SIMPLIFIED_CHINESE);

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, home, s -> s.withLanguage("zh-CN").withTheme(ThemeChoice.LIGHT));
        app.main.viewModel().show(new WorkshopDocument(workshop, null), null);
        app.main.window().select(Page.WORKSHOP);
    }

    @AfterEach
    void closePresentation(FxRobot robot) throws Exception {
        PresentationWindow shown = app.main.presentation();
        if (shown != null) {
            robot.interact(shown::close);
        }
        robot.interact(() -> app.preferences.update(s -> s.withLanguage("zh-CN")));
        AppHarness.fitScreen(stage);
    }

    @Test
    void pageDownAndBInTheMainWindowStepAndBlackOutTheSlidesButNotInAText(FxRobot robot) {
        robot.type(KeyCode.F5);
        PresentationWindow presentation = app.main.presentation();
        PresentationViewModel vm = presentation.viewModel();
        Parent slides = presentation.stage().getScene().getRoot();
        List<Stage> stages = workshop.journey().stages();
        Node nav = stage.getScene().lookup("#nav-journey");

        inMain(robot, nav, KeyCode.PAGE_DOWN);
        assertThat(vm.stageIndex()).contains(0);
        assertThat(text(slides, "#present-position")).contains(stages.get(0).name());
        inMain(robot, nav, KeyCode.PAGE_DOWN);
        assertThat(vm.stageIndex()).contains(1);
        inMain(robot, nav, KeyCode.PAGE_UP);
        assertThat(vm.stageIndex()).contains(0);

        inMain(robot, nav, KeyCode.B);
        assertThat(slides.lookup("#present-black").isVisible()).isTrue();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = presentation.stage().getScene().snapshot(null));
        java.awt.image.BufferedImage image = Snapshots.writePng(shot[0],
                Path.of(System.getProperty("mot.buildDir", "target"), "screenshots", "present", "black.png"));
        assertThat(new java.awt.Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2))).isEqualTo(java.awt.Color.BLACK);
        assertThat(new java.awt.Color(image.getRGB(image.getWidth() / 2, 4))).isEqualTo(java.awt.Color.BLACK);
        inMain(robot, nav, KeyCode.PAGE_DOWN); // the first Next after black shows the same slide again
        assertThat(slides.lookup("#present-black").isVisible()).isFalse();
        assertThat(vm.stageIndex()).contains(0);
        inMain(robot, nav, KeyCode.PERIOD);
        assertThat(vm.isBlackedOut()).isTrue();
        inMain(robot, nav, KeyCode.PERIOD);
        assertThat(vm.isBlackedOut()).isFalse();
        assertThat(vm.stageIndex()).contains(0);

        // in the workshop's title the keys are the text's (a "b" or "." typed), the slides stay
        TextField title = (TextField) stage.getScene().lookup("#setup-title");
        inMain(robot, title, KeyCode.B);
        inMain(robot, title, KeyCode.PERIOD);
        inMain(robot, title, KeyCode.PAGE_DOWN);
        assertThat(vm.isBlackedOut()).isFalse();
        assertThat(vm.stageIndex()).contains(0);
        // with a modifier the key is the page's, not the clicker's
        inMain(robot, nav, KeyCode.B, true);
        assertThat(vm.isBlackedOut()).isFalse();

        robot.interact(presentation::close);
        inMain(robot, nav, KeyCode.PAGE_DOWN); // presentation mode left: Page Down is nothing to the slides any more
        assertThat(vm.stageIndex()).contains(0);
    }

    @Test
    void theOpenSlidesChangeLanguageWithTheAppAndStayOnTheirStep(FxRobot robot) {
        robot.type(KeyCode.F5);
        PresentationWindow presentation = app.main.presentation();
        List<Stage> stages = workshop.journey().stages();
        key(robot, presentation, KeyCode.RIGHT);
        key(robot, presentation, KeyCode.RIGHT);
        key(robot, presentation, KeyCode.B);
        Texts chinese = new Texts(Language.SIMPLIFIED_CHINESE);
        assertThat(text(presentation.stage().getScene().getRoot(), "#present-keys")).isEqualTo(chinese.get("present.keys"));

        robot.interact(() -> app.preferences.update(s -> s.withLanguage("en")));
        WaitForAsyncUtils.waitForFxEvents();
        Texts english = new Texts(Language.ENGLISH);
        assertThat(presentation.isShowing()).isTrue();
        assertThat(app.main.presentation()).isSameAs(presentation);
        Parent slides = presentation.stage().getScene().getRoot();
        PresentationViewModel vm = presentation.viewModel();
        assertThat(vm.slide()).isEqualTo(Slide.MAP);
        assertThat(vm.stageIndex()).contains(1);
        assertThat(vm.isBlackedOut()).isTrue();
        assertThat(presentation.stage().getTitle()).isEqualTo(english.get("present.window"));
        assertThat(text(slides, "#present-title")).isEqualTo(english.get("present.slide.map"));
        assertThat(text(slides, "#present-keys")).isEqualTo(english.get("present.keys"));
        assertThat(text(slides, "#present-position")).isEqualTo(english.format("present.position.stage", 2, stages.size(),
                stages.get(1).name()));
        assertThat(((Labeled) slides.lookup("#present-show-curves")).getText()).endsWith(english.get("present.slide.curves"));

        // the relabelled slides still follow the keys, in their window and from the main one
        key(robot, presentation, KeyCode.B);
        assertThat(vm.isBlackedOut()).isFalse();
        key(robot, presentation, KeyCode.RIGHT);
        assertThat(vm.stageIndex()).contains(2);
        inMain(robot, stage.getScene().lookup("#nav-journey"), KeyCode.PAGE_UP);
        assertThat(vm.stageIndex()).contains(1);
        // and the edits made meanwhile
        String stageId = stages.get(1).id();
        robot.interact(() -> app.main.viewModel().document().apply("journey.change.renameStage",
                w -> w.withJourney(w.journey().withStageChanged(stageId, s -> s.withName("Counter")))));
        assertThat(text(slides, "#present-position")).endsWith(": Counter");
        key(robot, presentation, KeyCode.ESCAPE);
        assertThat(presentation.isShowing()).isFalse();
    }

    /**
     * A key pressed in the main window, with the focus on the given control. The headless platform
     * sends every key to the window shown last (the slides), so the press is delivered to the main
     * window's focus owner as its scene would deliver it: through the same handlers and filters.
     * (On two real screens, src/test/scripts/two-screens.sh presses them with the X server's keyboard.)
     */
    private void inMain(FxRobot robot, Node target, KeyCode code) {
        inMain(robot, target, code, false);
    }

    private void inMain(FxRobot robot, Node target, KeyCode code, boolean control) {
        robot.interact(() -> {
            stage.requestFocus();
            target.requestFocus();
        });
        assertThat(stage.getScene().getFocusOwner()).isSameAs(target);
        robot.interact(() -> {
            for (javafx.event.EventType<KeyEvent> type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
                javafx.event.Event.fireEvent(target, new KeyEvent(type, "", "", code, false, control, false, false));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void key(FxRobot robot, PresentationWindow presentation, KeyCode code) {
        robot.interact(() -> presentation.stage().requestFocus());
        robot.type(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(Parent root, String id) {
        return ((Labeled) root.lookup(id)).getText();
    }
}
