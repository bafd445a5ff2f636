package com.motstudio.ui.moments;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.method.KanoCategory;
import com.motstudio.model.ServqualAnswer;
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
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The Evidence tab: a room's SERVQUAL and KANO questionnaires imported from CSV into the government-hall template. */
@ExtendWith(ApplicationExtension.class)
class EvidencePaneTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private WorkshopDocument document;
    private MomentsView view;

    @Start
    void start(javafx.stage.Stage stage) {
        Workshop template = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", Language.SIMPLIFIED_CHINESE)).workshop();
        document = new WorkshopDocument(template, null);
        view = new MomentsView(new MomentsViewModel(document, () -> LocalDate.of(2026, 12, 1)), new Texts(Language.SIMPLIFIED_CHINESE),
                dialogs.dialogs(), TaskRunner.IMMEDIATE, () -> Path.of("."));
        stage.setScene(new Scene(view.root(), 980, 900));
        stage.show();
    }

    @Test
    void thirtyServqualQuestionnairesAreImportedWithTheStandardItemsAndGiveTheGaps(FxRobot robot) throws Exception {
        dialogs.csv = Path.of("docs/examples/servqual-responses-zh-CN.csv");
        dialogs.askAnswers.add(true);
        robot.clickOn("#moments-tab-data");
        reveal(robot, "#moments-import-servqual");
        robot.clickOn("#moments-import-servqual");
        robot.clickOn("#moments-tab-evidence");
        assertThat(((Label) dialogs.panels.getFirst().lookup("#import-summary")).getText()).contains("30").contains("22");
        assertThat(document.current().keyMoments().servqual().responses()).hasSize(30);
        assertThat(document.current().keyMoments().servqual().items()).hasSize(22);
        TableView<?> dimensions = robot.lookup("#moments-servqual-dimensions").queryAs(TableView.class);
        assertThat(dimensions.getItems()).hasSize(5);
        // SERVPERF as Cronin & Taylor define it: each respondent's mean over all 22 perceptions, then over respondents
        double servperf = document.current().keyMoments().servqual().responses().stream()
                .mapToDouble(r -> r.answers().stream().filter(a -> a.perception() != null)
                        .mapToInt(ServqualAnswer::perception).average().orElseThrow())
                .average().orElseThrow();
        assertThat(robot.lookup("#moments-servqual-summary").queryAs(Label.class).getText()).startsWith("30 ")
                .contains(String.format(Locale.ROOT, "（SERVPERF）%.2f", servperf));
        robot.interact(document::undo);
        assertThat(document.current().keyMoments().servqual().responses()).isEmpty();
    }

    @Test
    void kanoNeedsStartFromTheExampleAndTheirAnswersAreImported(FxRobot robot) throws Exception {
        robot.clickOn("#moments-tab-data");
        robot.clickOn("#moments-data-kano");
        reveal(robot, "#moments-kano-example");
        robot.clickOn("#moments-kano-example");
        assertThat(document.current().keyMoments().kano().needs()).hasSize(6);
        dialogs.csv = Path.of("docs/examples/kano-responses-zh-CN.csv");
        dialogs.askAnswers.add(true);
        reveal(robot, "#moments-import-kano");
        robot.clickOn("#moments-import-kano");
        assertThat(document.current().keyMoments().kano().responses()).hasSize(30);
        robot.clickOn("#moments-tab-evidence");
        TableView<com.motstudio.method.KanoNeedResult> needs = robot.lookup("#moments-kano-needs").queryAs(TableView.class);
        assertThat(needs.getItems()).hasSize(6).allSatisfy(r -> assertThat(r.category()).isNotNull());
        assertThat(needs.getItems()).extracting(com.motstudio.method.KanoNeedResult::category).contains(KanoCategory.MUST_BE);
        Path out = Path.of(System.getProperty("mot.buildDir", "target"), "screenshots");
        Files.createDirectories(out);
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = view.root().getScene().snapshot(null));
        Snapshots.writePng(shot[0], out.resolve("moments-evidence-zh-CN.png"));
    }

    /** As a keyboard user tabs to it: the page scrolls the control into view. */
    private static void reveal(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importingTheSameFileTwiceIsPointedOut(FxRobot robot) {
        dialogs.csv = Path.of("docs/examples/servqual-responses-zh-CN.csv");
        dialogs.askAnswers.add(true);
        dialogs.askAnswers.add(false);
        robot.clickOn("#moments-tab-data");
        reveal(robot, "#moments-import-servqual");
        robot.clickOn("#moments-import-servqual");
        assertThat(((Label) dialogs.panels.getFirst().lookup("#import-summary")).getText()).doesNotContain("30 位受访者已");
        robot.clickOn("#moments-import-servqual");
        assertThat(((Label) dialogs.panels.get(1).lookup("#import-summary")).getText()).contains("30 位受访者已");
        assertThat(document.current().keyMoments().servqual().responses()).hasSize(30);
    }

    @Test
    void aBrokenServqualFileChangesNothing(FxRobot robot) throws Exception {
        Path bad = Files.createTempFile("bad", ".csv");
        Files.writeString(bad, "respondent,E1,P1\nR1,9,3\n");
        dialogs.csv = bad;
        dialogs.askAnswers.add(true);
        Workshop before = document.current();
        robot.clickOn("#moments-tab-data");
        reveal(robot, "#moments-import-servqual");
        robot.clickOn("#moments-import-servqual");
        ListView<?> problems = (ListView<?>) dialogs.panels.getFirst().lookup("#import-problems");
        assertThat(problems.getItems()).isNotEmpty();
        assertThat(document.current()).isSameAs(before);
    }
}
