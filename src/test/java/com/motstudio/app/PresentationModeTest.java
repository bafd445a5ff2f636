package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Stage;
import com.motstudio.model.Workshop;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.store.ThemeChoice;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Fonts;
import com.motstudio.ui.present.PresentationView;
import com.motstudio.ui.present.PresentationViewModel;
import com.motstudio.ui.present.PresentationWindow;
import com.motstudio.ui.present.Slide;
import com.motstudio.ui.shell.Page;
import com.motstudio.testing.Snapshots;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Presentation mode driven from the main window: F5, the clicker's keys, an edit made meanwhile, Esc. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {
    @TempDir
    Path home;

    private javafx.stage.Stage stage;
    private AppHarness app;
    private final Workshop workshop = ExportFixture.create(Language.SIMPLIFIED_CHINESE);
    private final Texts texts = new Texts(Language.SIMPLIFIED_CHINESE);

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, home, s -> s.withLanguage("zh-CN").withTheme(ThemeChoice.LIGHT));
        app.main.viewModel().show(new WorkshopDocument(workshop, null), null);
        app.main.window().select(Page.MOMENTS);
    }

    @AfterEach
    void closePresentation(FxRobot robot) throws Exception {
        PresentationWindow shown = app.main.presentation();
        if (shown != null) {
            robot.interact(shown::close);
        }
        AppHarness.fitScreen(stage);
    }

    @Test
    void f5PresentsTheClickerStepsThroughStagesAndSlidesAndEscReturnsToThePage(FxRobot robot) {
        Parent page = stage.getScene().getRoot();
        javafx.scene.control.MenuItem present = menuItem("menu-present");
        assertThat(present.getText()).isEqualTo(texts.get("menu.view.present"));
        assertThat(present.getAccelerator()).isEqualTo(javafx.scene.input.KeyCombination.keyCombination("F5"));
        robot.type(KeyCode.F5);
        PresentationWindow presentation = app.main.presentation();
        assertThat(presentation).isNotNull();
        assertThat(presentation.isShowing()).isTrue();
        PresentationViewModel vm = presentation.viewModel();
        Parent slides = presentation.stage().getScene().getRoot();
        assertThat(presentation.stage().getWidth()).isGreaterThanOrEqualTo(stage.getWidth());
        assertThat(text(slides, "#present-title")).isEqualTo(texts.get("present.slide.map"));
        assertThat(slides.lookup("#menu-view")).isNull();
        assertThat(slides.lookup("#nav-journey")).isNull();

        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = presentation.stage().getScene().snapshot(null));
        Snapshots.writePng(shot[0], Path.of(System.getProperty("mot.buildDir", "target"), "screenshots", "present", "in-app.png"));

        List<Stage> stages = workshop.journey().stages();
        key(robot, presentation, KeyCode.RIGHT);
        assertThat(vm.stageIndex()).contains(0);
        assertThat(text(slides, "#present-position")).contains(stages.get(0).name());
        assertThat(slides.lookup("#present-chart").getAccessibleText()).contains(stages.get(0).name())
                .contains(stages.get(0).touchpoints().getFirst().name());
        key(robot, presentation, KeyCode.PAGE_DOWN);
        assertThat(text(slides, "#present-position")).contains(stages.get(1).name());
        key(robot, presentation, KeyCode.PAGE_UP);
        assertThat(vm.stageIndex()).contains(0);
        key(robot, presentation, KeyCode.O);
        assertThat(vm.stageIndex()).isEmpty();
        key(robot, presentation, KeyCode.LEFT); // already at the first step: stays there
        assertThat(vm.slide()).isEqualTo(Slide.MAP);
        assertThat(vm.step()).isZero();

        for (int i = 0; i < stages.size(); i++) {
            key(robot, presentation, KeyCode.PAGE_DOWN);
        }
        assertThat(vm.stageIndex()).contains(stages.size() - 1);
        key(robot, presentation, KeyCode.PAGE_DOWN); // after the last stage, the next slide
        assertThat(vm.slide()).isEqualTo(Slide.CURVES);
        assertThat(text(slides, "#present-title")).isEqualTo(texts.get("present.slide.curves"));
        key(robot, presentation, KeyCode.RIGHT);
        assertThat(vm.slide()).isEqualTo(Slide.RANKING);
        key(robot, presentation, KeyCode.LEFT);
        assertThat(vm.slide()).isEqualTo(Slide.CURVES);
        key(robot, presentation, KeyCode.LEFT); // back into the map, at its last stage
        assertThat(vm.stageIndex()).contains(stages.size() - 1);
        key(robot, presentation, KeyCode.DIGIT6);
        assertThat(vm.slide()).isEqualTo(Slide.KPIS);
        assertThat(slides.lookup("#present-empty")).isNull();
        robot.interact(() -> robot.from(slides).lookup("#present-show-rounds").queryButton().fire());
        assertThat(vm.slide()).isEqualTo(Slide.ROUNDS);
        assertThat(shown(slides).getAccessibleText()).contains(workshop.monitoring().rounds().getLast().name());
        // the totals beside the chart: 6 pieces of feedback in the first round, 4 in the last
        List<String> feedback = ((javafx.scene.layout.GridPane) slides.lookup("#present-round-totals")).getChildren().stream()
                .map(n -> ((Labeled) n).getText()).toList();
        assertThat(String.join(" ", feedback)).contains("6 \u2192 4");

        key(robot, presentation, KeyCode.ESCAPE);
        assertThat(presentation.isShowing()).isFalse();
        assertThat(stage.getScene().getRoot()).isSameAs(page);
        assertThat(app.main.window().selectedPage()).isEqualTo(Page.MOMENTS);
    }

    @Test
    void theSlidesFollowAnEditMadeInTheMainWindow(FxRobot robot) {
        robot.interact(() -> menuItem("menu-present").fire()); // View > Present
        robot.interact(() -> menuItem("menu-present").fire()); // a second time: the same slides come to the front
        PresentationWindow presentation = app.main.presentation();
        assertThat(javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot().getId() != null && w.getScene().getRoot().getId().equals("presentation"))).hasSize(1);
        Parent slides = presentation.stage().getScene().getRoot();
        key(robot, presentation, KeyCode.RIGHT);
        String stageId = workshop.journey().stages().getFirst().id();
        robot.interact(() -> app.main.viewModel().document().apply("journey.change.renameStage",
                w -> w.withJourney(w.journey().withStageChanged(stageId, s -> s.withName("取号与分流")))));
        assertThat(text(slides, "#present-position")).contains("取号与分流");
        assertThat(slides.lookup("#present-chart").getAccessibleText()).contains("取号与分流");
        // undone from the main window's Edit menu: the slide goes back with it
        robot.interact(() -> menuItem("menu-undo").fire());
        assertThat(text(slides, "#present-position")).contains(workshop.journey().stages().getFirst().name());
        // the last action dropped from the plan: one action fewer on the matrix slide
        key(robot, presentation, KeyCode.DIGIT4);
        String before = shown(slides).getAccessibleText();
        String actionId = workshop.plan().actions().getFirst().id();
        robot.interact(() -> app.main.viewModel().document().apply("journey.change.renameStage",
                w -> w.withPlan(new com.motstudio.model.Plan(w.plan().standards(),
                        w.plan().actions().stream().filter(a -> !a.id().equals(actionId)).toList(), w.plan().kpis()))));
        String after = shown(slides).getAccessibleText();
        assertThat(before).startsWith("共 " + workshop.plan().actions().stream()
                .filter(a -> a.status() != com.motstudio.model.ActionStatus.DROPPED).count() + " 项");
        assertThat(after).isNotEqualTo(before);
        assertThat(slides.lookup("#plan-card-" + actionId)).isNull();
    }

    @Test
    void everySlideIsWrittenLargeAndUncutAtProjectorAndFullHdSizes(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("mot.buildDir", "target"), "screenshots", "present"));
        String family = Fonts.loadBundled();
        // the third number: 1 for the dark theme, whose colours the slides must not take; the fourth, the language
        Language[] languages = {Language.SIMPLIFIED_CHINESE, Language.TRADITIONAL_CHINESE, Language.ENGLISH};
        for (int[] size : new int[][] {{1024, 768, 0, 0}, {1920, 1080, 0, 0}, {1366, 768, 1, 0}, {1024, 768, 0, 1}, {1024, 768, 0, 2}}) {
            Language language = languages[size[3]];
            Texts texts = new Texts(language);
            Workshop workshop = size[3] == 0 ? this.workshop : ExportFixture.create(language);
            String prefix = language.tag() + "-" + size[0] + "x" + size[1] + (size[2] == 1 ? "-dark-" : "-");
            int steps = size[3] == 0 ? 3 : 1; // every slide in each language, the first stages in Chinese
            String theme = size[2] == 1 ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                    : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet();
            robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(theme));
            SimpleObjectProperty<WorkshopDocument> documents = new SimpleObjectProperty<>(new WorkshopDocument(workshop, null));
            PresentationViewModel vm = new PresentationViewModel(documents, texts, () -> java.time.LocalDate.of(2026, 12, 1));
            // a scene of the screen's size, drawn without a window: the headless screen is smaller than full HD
            Scene[] scene = new Scene[1];
            robot.interact(() -> {
                PresentationView view = new PresentationView(vm, texts, PresentationView.typeSizeFor(size[1]), family, () -> { });
                Label timer = new Label("12:00");
                timer.setStyle("-fx-font-size: 2em;");
                view.setCorner(timer);
                scene[0] = new Scene(view.root(), size[0], size[1]);
            });
            Parent root = scene[0].getRoot();
            List<String> cut = new ArrayList<>();
            for (Slide slide : Slide.values()) {
                robot.interact(() -> vm.show(slide));
                for (int step = 0; step < Math.min(steps, vm.steps(slide)); step++) {
                    WaitForAsyncUtils.waitForFxEvents();
                    WritableImage[] shot = new WritableImage[1];
                    robot.interact(() -> shot[0] = scene[0].snapshot(null));
                    String name = prefix + slide.key() + "-" + step + ".png";
                    java.awt.image.BufferedImage image = Snapshots.writePng(shot[0], out.resolve(name));
                    assertThat(new java.awt.Color(image.getRGB(size[0] / 2, 4))).as("a light slide in %s", name).isEqualTo(java.awt.Color.WHITE);
                    cut.addAll(truncated(root, slide + "/" + step));
                    assertThat(shown(root).getAccessibleText()).isNotBlank();
                    robot.interact(vm::next);
                }
            }
            assertThat(cut).as("texts cut in %s", prefix).isEmpty();
            assertThat(((Labeled) root.lookup("#present-title")).getFont().getSize()).isGreaterThanOrEqualTo(size[1] / 25.0);
            // a template with no figures yet: the slide says so in one sentence
            Workshop template = ((com.motstudio.store.LoadResult.Loaded) new com.motstudio.store.Templates(new com.motstudio.store.WorkshopStore())
                    .load("government", language)).workshop();
            robot.interact(() -> {
                documents.set(new WorkshopDocument(template, null));
                vm.show(Slide.RANKING);
            });
            assertThat(((Labeled) root.lookup("#present-empty")).getText()).isEqualTo(texts.get("present.empty.ranking"));
            WritableImage[] empty = new WritableImage[1];
            robot.interact(() -> empty[0] = scene[0].snapshot(null));
            Snapshots.writePng(empty[0], out.resolve(prefix + "empty.png"));
        }
        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    }

    private static List<String> truncated(Node node, String where) {
        List<String> found = new ArrayList<>();
        // the matrix's cards are the Plan page's own (shortened, with the whole title as a tooltip)
        if (node instanceof Labeled labeled && labeled.isVisible() && labeled.isTextTruncated()
                && !labeled.getStyleClass().contains("plan-card")) {
            found.add(where + ": " + labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(truncated(child, where)));
        }
        return found;
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getTop();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** A key pressed on the presentation's screen (a clicker sends Page Up / Page Down). */
    private static void key(FxRobot robot, PresentationWindow presentation, KeyCode code) {
        robot.interact(() -> presentation.stage().requestFocus());
        robot.type(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the slide shows: its chart, map, matrix or sentence. */
    private static Node shown(Parent root) {
        return ((Parent) root.lookup("#present-slide")).getChildrenUnmodifiable().getFirst();
    }

    private static String text(Parent root, String id) {
        return ((Labeled) root.lookup(id)).getText();
    }
}
