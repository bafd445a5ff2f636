package com.motstudio.ui.moments;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.method.KanoCategory;
import com.motstudio.method.KeyMomentAnalysis;
import com.motstudio.method.IpaCrossHairs;
import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoPair;
import com.motstudio.model.RatingKind;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.TouchpointRole;
import com.motstudio.model.Trait;
import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Templates;
import com.motstudio.store.WorkshopStore;
import com.motstudio.testing.FakeDialogs;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Survey data tab driven as a facilitator typing in paper questionnaires: the SERVQUAL items
 * edited, linked and answered, a KANO questionnaire, 好差评 counts, IPA points made from the data,
 * and the suggested roles tagged from the Decide tab — each an undo step.
 */
@ExtendWith(ApplicationExtension.class)
class SurveyDataTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private WorkshopDocument document;
    private MomentsView view;

    @Start
    void start(javafx.stage.Stage stage) {
        Workshop template = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", Language.ENGLISH)).workshop();
        document = new WorkshopDocument(template, null);
        view = new MomentsView(new MomentsViewModel(document, () -> LocalDate.of(2026, 12, 1)), new Texts(Language.ENGLISH),
                dialogs.dialogs(), TaskRunner.IMMEDIATE, () -> Path.of("."));
        stage.setScene(new Scene(view.root(), 980, 900));
        stage.show();
    }

    @Test
    void servqualItemsAreEditedLinkedAndAnsweredByKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#moments-tab-data");
        robot.clickOn("#moments-servqual-standard");
        assertThat(servqual().items()).hasSize(22);
        TableView<com.motstudio.model.ServqualItem> items = robot.lookup("#moments-servqual-items").queryAs(TableView.class);

        // link item 1 to the first two touchpoints
        List<Touchpoint> tps = document.current().journey().touchpoints();
        robot.interact(() -> items.getSelectionModel().select(0));
        dialogs.askAnswers.add(true);
        dialogs.inPanel = panel -> ticks(panel).get(tps.get(1).id()).set(true);
        robot.interact(() -> robot.lookup("#moments-servqual-link").queryButton().fire());
        assertThat(servqual().items().getFirst().touchpointIds()).containsExactly(tps.get(1).id());

        // a new item goes after the chosen one, with its dimension
        robot.interact(() -> items.getSelectionModel().select(5));
        robot.interact(() -> robot.lookup("#moments-servqual-add").queryButton().fire());
        assertThat(servqual().items()).hasSize(23);
        assertThat(servqual().items().get(6).dimension()).isEqualTo(ServqualDimension.RELIABILITY);

        // one respondent: type E and P for the first two items, a 9 is refused on 1–7
        robot.interact(() -> robot.lookup("#moments-servqual-respondent-add").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> answers = robot.lookup("#moments-servqual-answers").queryAs(TableView.class);
        robot.interact(answers::requestFocus);
        robot.type(KeyCode.DIGIT7, KeyCode.DIGIT4, KeyCode.DIGIT9);
        assertThat(robot.lookup("#moments-servqual-message").queryAs(Label.class).getText()).contains("9");
        robot.type(KeyCode.DIGIT6, KeyCode.DIGIT5);
        assertThat(servqual().responses()).hasSize(1);
        assertThat(servqual().responses().getFirst().answers()).containsExactly(
                new ServqualAnswer(servqual().items().get(0).id(), 7, 4), new ServqualAnswer(servqual().items().get(1).id(), 6, 5));

        // dimension points for the respondent
        TextField tangibles = robot.lookup("#moments-servqual-weight-tangibles").queryAs(TextField.class);
        robot.interact(() -> {
            tangibles.requestFocus();
            tangibles.setText("30");
            tangibles.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(servqual().responses().getFirst().weights()).singleElement()
                .satisfies(w -> assertThat(w.points()).isEqualTo(30.0));

        // a narrower scale leaves 7 and 6 outside: asked first, refused here
        Spinner<Integer> max = robot.lookup("#moments-servqual-scale-max").queryAs(Spinner.class);
        robot.interact(() -> max.getValueFactory().setValue(5));
        dialogs.confirmAnswers.add(false);
        robot.interact(() -> robot.lookup("#moments-servqual-scale-apply").queryButton().fire());
        assertThat(dialogs.confirmations.getLast()).contains("2");
        assertThat(servqual().scaleMax()).isEqualTo(7);

        // removing an answered item asks, and takes its answers with it; undo brings both back
        robot.interact(() -> items.getSelectionModel().select(0));
        dialogs.confirmAnswers.add(true);
        robot.interact(() -> robot.lookup("#moments-servqual-remove").queryButton().fire());
        assertThat(servqual().items()).hasSize(22);
        assertThat(servqual().responses().getFirst().answers()).hasSize(1);
        robot.interact(document::undo);
        assertThat(servqual().items()).hasSize(23);
        assertThat(servqual().responses().getFirst().answers()).hasSize(2);
        shot(robot, "moments-data-servqual-en.png");
    }

    @Test
    void aKanoQuestionnaireIsTypedAndCounts(FxRobot robot) throws Exception {
        robot.clickOn("#moments-tab-data");
        robot.clickOn("#moments-data-kano");
        robot.interact(() -> robot.lookup("#moments-kano-add").queryButton().fire());
        robot.interact(() -> robot.lookup("#moments-kano-add").queryButton().fire());
        robot.interact(() -> robot.lookup("#moments-kano-respondent-add").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#moments-kano-answers").query().requestFocus());
        // need 1: like / dislike (one-dimensional); need 2: neutral / live-with (indifferent); 6 is not an answer
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT3, KeyCode.DIGIT4);
        var kano = document.current().keyMoments().kano();
        assertThat(kano.responses().getFirst().answers()).containsExactly(
                new KanoPair(kano.needs().get(0).id(), KanoAnswer.LIKE, KanoAnswer.DISLIKE),
                new KanoPair(kano.needs().get(1).id(), KanoAnswer.NEUTRAL, KanoAnswer.LIVE_WITH));
        KeyMomentAnalysis a = KeyMomentAnalysis.of(document.current(), IpaCrossHairs.dataMeans());
        assertThat(a.kano()).extracting(com.motstudio.method.KanoNeedResult::category)
                .containsExactly(KanoCategory.ONE_DIMENSIONAL, KanoCategory.INDIFFERENT);
        robot.type(KeyCode.UP, KeyCode.DELETE);
        assertThat(document.current().keyMoments().kano().responses().getFirst().answers()).hasSize(2);
        shot(robot, "moments-data-kano-en.png");
    }

    @Test
    void goodBadReviewCountsAreTypedAndGiveTheBadReviewShare(FxRobot robot) throws Exception {
        robot.clickOn("#moments-tab-data");
        robot.clickOn("#moments-data-ratings");
        robot.interact(() -> robot.lookup("#moments-ratings-add").queryButton().fire());
        var surveys = document.current().keyMoments().ratingSurveys();
        assertThat(surveys).singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(RatingKind.GOOD_BAD_REVIEW));
        typeCount(robot, 5, "12");
        typeCount(robot, 4, "5");
        typeCount(robot, 2, "2");
        typeCount(robot, 1, "1");
        typeCount(robot, 3, "x");
        // 20 answers, 3 bad: 15 %
        assertThat(robot.lookup("#moments-ratings-result").queryAs(Label.class).getText()).contains("x").contains("Basically satisfied");
        assertThat(document.current().keyMoments().ratingSurveys().getFirst().counts()).hasSize(4);
        var result = com.motstudio.method.Ratings.of(document.current().keyMoments().ratingSurveys().getFirst());
        assertThat(result.answers()).isEqualTo(20);
        assertThat(result.score()).isEqualTo(15.0);
        typeCount(robot, 3, "0");
        assertThat(robot.lookup("#moments-ratings-result").queryAs(Label.class).getText()).isEqualTo("20 answers · bad reviews 15 %");
        shot(robot, "moments-data-ratings-en.png");
    }

    @Test
    void ipaPointsAreMadeFromRatingsAndEmotionsAndChecked(FxRobot robot) throws Exception {
        List<Touchpoint> tps = document.current().journey().touchpoints();
        robot.interact(() -> view.vm().addGroup("Table 1"));
        robot.interact(() -> view.vm().rate(tps.get(0).id(), Trait.EMOTIONAL_IMPACT, 4));
        robot.interact(() -> view.vm().rate(tps.get(1).id(), Trait.EMOTIONAL_IMPACT, 2));
        robot.clickOn("#moments-tab-data");
        robot.clickOn("#moments-data-ipa");
        robot.interact(() -> robot.lookup("#moments-ipa-from-ratings").queryButton().fire());
        var ipa = document.current().keyMoments().ipa();
        assertThat(ipa).extracting(p -> p.touchpointId()).containsExactly(tps.get(0).id(), tps.get(1).id());
        assertThat(ipa.getFirst().importance()).isEqualTo(4.0);
        double emotion = tps.getFirst().emotions().stream().mapToInt(e -> e.score()).average().orElseThrow();
        assertThat(ipa.getFirst().performance()).isEqualTo(3 + 0.4 * emotion);
        assertThat(robot.lookup("#moments-ipa-message").queryAs(Label.class).getText()).startsWith("2 points made");

        TableView<com.motstudio.model.IpaScore> points = robot.lookup("#moments-ipa-points").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        var importance = (javafx.scene.control.TableColumn<com.motstudio.model.IpaScore, String>) points.getColumns().get(1);
        robot.interact(() -> importance.getOnEditCommit().handle(new javafx.scene.control.TableColumn.CellEditEvent<>(points,
                new javafx.scene.control.TablePosition<>(points, 1, importance), javafx.scene.control.TableColumn.editCommitEvent(), "6")));
        assertThat(robot.lookup("#moments-ipa-message").queryAs(Label.class).getText()).contains("6");
        assertThat(document.current().keyMoments().ipa().get(1).importance()).isEqualTo(2.0);
        robot.interact(() -> importance.getOnEditCommit().handle(new javafx.scene.control.TableColumn.CellEditEvent<>(points,
                new javafx.scene.control.TablePosition<>(points, 1, importance), javafx.scene.control.TableColumn.editCommitEvent(), "4,5")));
        assertThat(document.current().keyMoments().ipa().get(1).importance()).isEqualTo(4.5);

        // making them again asks before replacing what is there
        dialogs.confirmAnswers.add(false);
        robot.interact(() -> robot.lookup("#moments-ipa-from-ratings").queryButton().fire());
        assertThat(document.current().keyMoments().ipa().get(1).importance()).isEqualTo(4.5);
        shot(robot, "moments-data-ipa-en.png");
    }

    @Test
    void suggestedRolesAreTaggedInOneStep(FxRobot robot) throws Exception {
        robot.clickOn("#moments-tab-decide");
        javafx.scene.control.Button all = robot.lookup("#moments-tag-all-roles").queryButton();
        assertThat(all.isDisabled()).isFalse();
        Touchpoint first = document.current().journey().touchpoints().getFirst();
        Touchpoint last = document.current().journey().touchpoints().getLast();
        robot.interact(all::fire);
        assertThat(document.current().journey().touchpoint(first.id()).orElseThrow().roles()).contains(TouchpointRole.FIRST);
        assertThat(document.current().journey().touchpoint(last.id()).orElseThrow().roles()).contains(TouchpointRole.END);
        assertThat(all.isDisabled()).isTrue();
        robot.interact(document::undo);
        assertThat(document.current().journey().touchpoint(last.id()).orElseThrow().roles()).isEqualTo(last.roles());
        assertThat(all.isDisabled()).isFalse();
        var open = KeyMomentAnalysis.of(document.current(), IpaCrossHairs.dataMeans()).roleSuggestions().stream()
                .filter(r -> !r.alreadySet()).findFirst().orElseThrow();
        TableView<RankingTable.Row> ranking = robot.lookup("#moments-ranking").queryAs(TableView.class);
        robot.interact(() -> ranking.getSelectionModel().select(ranking.getItems().stream()
                .filter(r -> r.touchpoint().id().equals(open.touchpointId())).findFirst().orElseThrow()));
        assertThat(robot.lookup("#moments-suggested-roles").queryAs(Label.class).getText())
                .contains(new Texts(Language.ENGLISH).of(open.role()));
        robot.interact(() -> robot.lookup("#moments-tag-roles").queryButton().fire());
        assertThat(document.current().journey().touchpoint(open.touchpointId()).orElseThrow().roles()).contains(open.role());
        assertThat(robot.lookup("#moments-tag-roles").queryButton().isVisible()).isFalse();
        shot(robot, "moments-decide-roles-en.png");
    }

    private com.motstudio.model.ServqualSurvey servqual() {
        return document.current().keyMoments().servqual();
    }

    private static void typeCount(FxRobot robot, int value, String text) {
        TextField field = robot.lookup("#moments-ratings-count-" + value).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
            field.fireEvent(new javafx.event.ActionEvent());
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, BooleanProperty> ticks(javafx.scene.Parent panel) {
        return (Map<String, BooleanProperty>) ((ListView<?>) panel.lookup("#moments-link-touchpoints")).getUserData();
    }

    private void shot(FxRobot robot, String name) throws Exception {
        Path out = Path.of(System.getProperty("mot.screenshots", System.getProperty("mot.buildDir", "target") + "/screenshots"));
        Files.createDirectories(out);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = view.root().getScene().snapshot(null));
        Snapshots.writePng(image[0], out.resolve(name));
    }
}
