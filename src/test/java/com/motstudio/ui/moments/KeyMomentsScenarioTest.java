package com.motstudio.ui.moments;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Templates;
import com.motstudio.store.WorkshopStore;
import com.motstudio.testing.FakeDialogs;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.TaskRunner;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step as a facilitator runs it with the government-hall template: three groups rate the
 * touchpoints of the first stages with the keyboard, 30 SERVQUAL and 30 KANO questionnaires are imported, and the team confirms five
 * moments of truth with reasons. Screenshots go to {@code -Dmot.screenshots=docs/screenshots}.
 */
class KeyMomentsScenarioTest {
    /** Touchpoints each group rates in the test (keystroke by keystroke, as in the room; the robot types slowly). */
    private static final int RATED = 9;

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"SIMPLIFIED_CHINESE", "ENGLISH"})
    void threeGroupsTwoSurveysAndFiveConfirmedMoments(Language language) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FakeDialogs dialogs = new FakeDialogs();
        Workshop template = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", language)).workshop();
        WorkshopDocument document = new WorkshopDocument(template, null);
        MomentsView[] view = new MomentsView[1];
        FxToolkit.setupFixture(() -> {
            view[0] = new MomentsView(new MomentsViewModel(document, () -> LocalDate.of(2026, 12, 1)), new Texts(language),
                    dialogs.dialogs(), TaskRunner.IMMEDIATE, () -> Path.of("."));
            stage.setScene(new Scene(view[0].root(), 1000, 760));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        Random random = new Random(7);
        TableView<Touchpoint> grid = robot.lookup("#moments-grid").queryAs(TableView.class);
        for (int group = 0; group < 3; group++) {
            robot.clickOn("#moments-add-group");
            robot.interact(() -> grid.getSelectionModel().clearAndSelect(0, grid.getColumns().get(ScoringGrid.FIRST_TRAIT)));
            robot.interact(grid::requestFocus);
            for (int row = 0; row < RATED; row++) {
                for (int trait = 0; trait < 6; trait++) {
                    robot.type(KeyCode.getKeyCode(String.valueOf(1 + random.nextInt(5))));
                }
            }
        }
        assertThat(document.current().keyMoments().ratings()).hasSize(3 * 6 * RATED);
        shot(robot, view[0], "moments-rate-" + language.tag() + ".png");

        robot.clickOn("#moments-tab-data");
        dialogs.csv = Path.of("docs/examples/servqual-responses-zh-CN.csv");
        dialogs.askAnswers.add(true);
        reveal(robot, "#moments-import-servqual");
        robot.clickOn("#moments-import-servqual");
        robot.clickOn("#moments-data-kano");
        reveal(robot, "#moments-kano-example");
        robot.clickOn("#moments-kano-example");
        dialogs.csv = kanoAnswers(language);
        dialogs.askAnswers.add(true);
        reveal(robot, "#moments-import-kano");
        robot.clickOn("#moments-import-kano");
        assertThat(document.current().keyMoments().servqual().responses()).hasSize(30);
        assertThat(document.current().keyMoments().kano().responses()).hasSize(30);
        robot.clickOn("#moments-tab-evidence");
        robot.interact(() -> robot.lookup("#moments-evidence").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        shot(robot, view[0], "moments-evidence-" + language.tag() + ".png");

        robot.clickOn("#moments-tab-decide");
        TableView<RankingTable.Row> ranking = robot.lookup("#moments-ranking").queryAs(TableView.class);
        for (int i = 0; i < 5; i++) {
            // the first suggested row is the best-ranked candidate not decided yet
            RankingTable.Row next = ranking.getItems().stream().filter(RankingTable.Row::suggested).findFirst().orElseThrow();
            robot.interact(() -> ranking.getSelectionModel().select(next));
            robot.clickOn("#moments-reason").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
            robot.write("Reason " + (i + 1));
            robot.clickOn("#moments-confirm");
        }
        assertThat(document.current().keyMoments().moments()).hasSize(5)
                .extracting(m -> m.rationale()).containsExactly("Reason 1", "Reason 2", "Reason 3", "Reason 4", "Reason 5");
        assertThat(ranking.getItems().stream().limit(5).map(RankingTable.Row::decision)).allMatch(d -> !d.isEmpty());
        shot(robot, view[0], "moments-decide-" + language.tag() + ".png");
        FxToolkit.setupFixture(stage::hide);
    }

    /** The example KANO answers; for English the needs are named by their number (the example's names are Chinese). */
    private static Path kanoAnswers(Language language) throws Exception {
        Path zh = Path.of("docs/examples/kano-responses-zh-CN.csv");
        if (language == Language.SIMPLIFIED_CHINESE) {
            return zh;
        }
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(zh));
        String[] header = lines.getFirst().split(",");
        StringBuilder numbered = new StringBuilder("respondent");
        for (int i = 1; i < header.length; i++) {
            numbered.append(',').append(i % 2 == 1 ? "F" : "D").append((i + 1) / 2);
        }
        lines.set(0, numbered.toString());
        Path en = Files.createTempFile("kano-en", ".csv");
        Files.write(en, lines);
        return en;
    }

    /** As a keyboard user tabs to it: the page scrolls the control into view. */
    private static void reveal(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shot(FxRobot robot, MomentsView view, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path out = Path.of(System.getProperty("mot.screenshots", System.getProperty("mot.buildDir", "target") + "/screenshots"));
        Files.createDirectories(out);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = view.root().getScene().snapshot(null));
        Snapshots.writePng(image[0], out.resolve(name));
    }
}
