package com.motstudio.ui.moments;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Templates;
import com.motstudio.store.WorkshopStore;
import com.motstudio.testing.FakeDialogs;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Key moments page driven as a facilitator types in the groups' ratings and the team decides. */
@ExtendWith(ApplicationExtension.class)
class MomentsViewTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private WorkshopDocument document;
    private MomentsView view;
    private Workshop template;

    @Start
    void start(javafx.stage.Stage stage) {
        template = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", Language.ENGLISH)).workshop();
        document = new WorkshopDocument(template, null);
        view = new MomentsView(new MomentsViewModel(document, () -> LocalDate.of(2026, 12, 1)), new Texts(Language.ENGLISH), dialogs.dialogs(),
                com.motstudio.ui.common.TaskRunner.IMMEDIATE, () -> Path.of("."));
        stage.setScene(new Scene(view.root(), 980, 760));
        stage.show();
    }

    private List<TraitRating> ratingsOf(String touchpointId) {
        return document.current().keyMoments().ratings().stream().filter(r -> r.touchpointId().equals(touchpointId)).toList();
    }

    @SuppressWarnings("unchecked")
    private void typeRow(FxRobot robot, int row, String digits) {
        TableView<Touchpoint> grid = robot.lookup("#moments-grid").queryAs(TableView.class);
        robot.interact(() -> grid.getSelectionModel().clearAndSelect(row, grid.getColumns().get(ScoringGrid.FIRST_TRAIT)));
        robot.interact(grid::requestFocus);
        for (char c : digits.toCharArray()) {
            robot.type(KeyCode.getKeyCode(String.valueOf(c)));
        }
    }

    @Test
    void threeGroupsRateWithTheKeyboardAndTheScoreFollowsTheFormula(FxRobot robot) throws Exception {
        Touchpoint first = template.journey().touchpoints().getFirst();
        for (int group = 0; group < 3; group++) {
            robot.clickOn("#moments-add-group");
            typeRow(robot, 0, group == 2 ? "555555" : "345123");
        }
        assertThat(document.current().info().groups()).hasSize(3);
        assertThat(ratingsOf(first.id())).hasSize(18);
        // means per trait: (3+3+5)/3 = 11/3, (4+4+5)/3 = 13/3, 5, (1+1+5)/3 = 7/3, (2+2+5)/3 = 3, (3+3+5)/3 = 11/3
        double[] means = {11 / 3.0, 13 / 3.0, 5, 7 / 3.0, 3, 11 / 3.0};
        double sum = 0;
        for (double m : means) {
            sum += m - 1;
        }
        double expected = 100 * sum / (4 * 6);
        TableView<?> grid = robot.lookup("#moments-grid").queryAs(TableView.class);
        Object scoreCell = grid.getColumns().get(1).getCellData(0);
        assertThat(scoreCell).isEqualTo(String.format(java.util.Locale.ENGLISH, "%.1f", expected));
        snapshot(robot, "moments-rate-en.png");
        assertThat(robot.lookup(".table-cell").queryAll().stream().map(javafx.scene.Node::getAccessibleText))
                .as("a rating cell is read aloud in words")
                .contains(first.name() + ", Emotional impact: rating of the chosen rater 5; mean of all raters (3.7)");
        robot.interact(document::undo);
        assertThat(ratingsOf(first.id())).hasSize(17);
    }

    @Test
    void aWeightChangeReordersTheRankingAndTheTeamConfirmsAMomentWithItsReason(FxRobot robot) throws Exception {
        robot.clickOn("#moments-add-group");
        typeRow(robot, 0, "511111");   // first touchpoint: strong only on emotional impact
        typeRow(robot, 1, "155555");   // second: strong on the other five
        robot.clickOn("#moments-tab-decide");
        TableView<RankingTable.Row> ranking = robot.lookup("#moments-ranking").queryAs(TableView.class);
        String secondId = template.journey().touchpoints().get(1).id();
        assertThat(ranking.getItems().getFirst().touchpoint().id()).isEqualTo(secondId);

        robot.interact(() -> view.vm().setWeight(Trait.EMOTIONAL_IMPACT, 10));
        String firstId = template.journey().touchpoints().getFirst().id();
        assertThat(ranking.getItems().getFirst().touchpoint().id()).as("emotional impact now weighs most").isEqualTo(firstId);
        assertThat(ranking.getItems().getFirst().suggested()).isTrue();

        robot.interact(() -> ranking.getSelectionModel().select(0));
        robot.clickOn("#moments-reason").write("Lowest point of the curve and the first impression");
        robot.clickOn("#moments-confirm");
        assertThat(document.current().keyMoments().moments()).singleElement()
                .satisfies(m -> {
                    assertThat(m.touchpointId()).isEqualTo(firstId);
                    assertThat(m.rationale()).isEqualTo("Lowest point of the curve and the first impression");
                    assertThat(m.confirmedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
                });
        assertThat(ranking.getItems().getFirst().decision()).isEqualTo("Moment 1");
        snapshot(robot, "moments-decide-en.png");
        robot.interact(document::undo);
        assertThat(document.current().keyMoments().moments()).isEmpty();
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        Path out = Path.of(System.getProperty("mot.buildDir", "target"), "screenshots");
        Files.createDirectories(out);
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = view.root().getScene().snapshot(null));
        Snapshots.writePng(shot[0], out.resolve(name));
    }

    @Test
    void aMomentNeedsAReason(FxRobot robot) {
        robot.clickOn("#moments-tab-decide");
        TableView<RankingTable.Row> ranking = robot.lookup("#moments-ranking").queryAs(TableView.class);
        robot.interact(() -> ranking.getSelectionModel().select(2));
        robot.clickOn("#moments-confirm");
        assertThat(dialogs.errors).singleElement().asString().contains("Write why first");
        assertThat(document.current().keyMoments().moments()).isEmpty();
    }
}
