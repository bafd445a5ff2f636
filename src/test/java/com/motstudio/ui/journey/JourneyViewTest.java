package com.motstudio.ui.journey;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Channel;
import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerType;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.testing.FakeDialogs;
import com.motstudio.testing.Snapshots;
import com.motstudio.ui.common.TaskRunner;
import javafx.scene.Scene;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Journey page driven with the keyboard as a facilitator captures a room's journey. */
@ExtendWith(ApplicationExtension.class)
class JourneyViewTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private WorkshopDocument document;
    private JourneyView view;

    static Workshop sample() {
        List<CustomerType> types = List.of(new CustomerType("ct-a", CustomerKind.EXTERNAL, "Citizen", ""),
                new CustomerType("ct-b", CustomerKind.EXTERNAL, "Company agent", ""));
        Touchpoint ticket = Touchpoint.named("tp-ticket", "Take a queue ticket").withChannel(Channel.PHYSICAL)
                .withEmotion("ct-a", 1).withEmotion("ct-b", 0);
        Touchpoint wait = Touchpoint.named("tp-wait", "Wait to be called").withEmotion("ct-a", -4).withEmotion("ct-b", -2)
                .withPainPoints(List.of("No idea how long the wait is"));
        Touchpoint counter = Touchpoint.named("tp-counter", "Hand in the papers at the counter").withChannel(Channel.INTERPERSONAL)
                .withEmotion("ct-a", 3).withEmotion("ct-b", 2);
        Journey journey = new Journey(List.of(new Stage("st-arrive", "Arrive", "", List.of(ticket, wait)),
                new Stage("st-counter", "At the counter", "", List.of(counter))));
        return Workshop.blank("en", "x").withCustomerTypes(types).withJourney(journey);
    }

    @Start
    void start(javafx.stage.Stage stage) {
        document = new WorkshopDocument(sample(), null);
        view = new JourneyView(new JourneyViewModel(document), new Texts(Language.ENGLISH), dialogs.dialogs(),
                TaskRunner.IMMEDIATE, () -> Path.of("."));
        stage.setScene(new Scene(view.root(), 980, 760));
        stage.show();
    }

    private Journey journey() {
        return document.current().journey();
    }

    private List<String> names(String stageId) {
        return journey().stage(stageId).orElseThrow().touchpoints().stream().map(Touchpoint::name).toList();
    }

    @Test
    void touchpointsAreCapturedWithTheKeyboardAndEachIsOneUndoStep(FxRobot robot) {
        robot.clickOn("#journey-capture").write("Ask the guide desk").type(KeyCode.ENTER);
        robot.write("Fill in the form").type(KeyCode.ENTER);
        assertThat(names("st-arrive")).containsExactly("Take a queue ticket", "Wait to be called", "Ask the guide desk", "Fill in the form");
        assertThat(robot.lookup("#journey-capture").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#journey-capture").query().isFocused()).as("ready for the next name").isTrue();
        TableView<?> table = robot.lookup("#journey-touchpoints").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(4);
        robot.interact(document::undo);
        assertThat(names("st-arrive")).hasSize(3);
    }

    @Test
    void theEmotionIsScoredWithDigitsMinusAndPlus(FxRobot robot) {
        robot.clickOn("Take a queue ticket").type(KeyCode.MINUS).type(KeyCode.DIGIT3);
        assertThat(journey().touchpoint("tp-ticket").orElseThrow().emotionOf("ct-a")).contains(-3);
        robot.type(KeyCode.EQUALS);
        assertThat(journey().touchpoint("tp-ticket").orElseThrow().emotionOf("ct-a")).contains(-2);
        robot.type(KeyCode.DIGIT5);
        assertThat(journey().touchpoint("tp-ticket").orElseThrow().emotionOf("ct-a")).contains(5);
        assertThat(journey().touchpoint("tp-ticket").orElseThrow().emotionOf("ct-b")).as("other type untouched").contains(0);
        robot.interact(document::undo);
        assertThat(journey().touchpoint("tp-ticket").orElseThrow().emotionOf("ct-a")).contains(-2);
    }

    @Test
    void scoringAnEmotionKeepsTheStageTheRowAndTheFocus(FxRobot robot) {
        TableView<?> table = robot.lookup("#journey-touchpoints").queryAs(TableView.class);
        javafx.scene.control.ListView<?> stages = robot.lookup("#journey-stages").queryAs(javafx.scene.control.ListView.class);
        for (String[] at : new String[][] {{"st-arrive", "Wait to be called", "tp-wait"}, {"st-counter", "Hand in the papers at the counter", "tp-counter"}}) {
            robot.interact(() -> stages.getSelectionModel().select(at[0].equals("st-arrive") ? 0 : 1));
            robot.clickOn(at[1]).type(KeyCode.EQUALS).type(KeyCode.EQUALS).type(KeyCode.DIGIT2);
            assertThat(journey().touchpoint(at[2]).orElseThrow().emotionOf("ct-a")).contains(2);
            assertThat(stages.getSelectionModel().getSelectedIndex()).as("the stage stays chosen").isEqualTo(at[0].equals("st-arrive") ? 0 : 1);
            assertThat(((Touchpoint) table.getSelectionModel().getSelectedItem()).id()).as("the row stays chosen").isEqualTo(at[2]);
            assertThat(table.isFocused()).as("the keys keep going to the table").isTrue();
            robot.interact(document::undo);
            assertThat(((Touchpoint) table.getSelectionModel().getSelectedItem()).id()).as("after undo too").isEqualTo(at[2]);
            robot.type(KeyCode.DIGIT1);
            assertThat(journey().touchpoint(at[2]).orElseThrow().emotionOf("ct-a")).as("typed after undo, on the same row").contains(1);
        }
    }

    @Test
    void aTouchpointMovesWithinAndAcrossStagesByKeyboardAndBackWithUndo(FxRobot robot) {
        robot.clickOn("Wait to be called").press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertThat(names("st-arrive")).containsExactly("Wait to be called", "Take a queue ticket");
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertThat(names("st-arrive")).containsExactly("Take a queue ticket");
        assertThat(names("st-counter")).containsExactly("Wait to be called", "Hand in the papers at the counter");
        TableView<?> table = robot.lookup("#journey-touchpoints").queryAs(TableView.class);
        assertThat(table.getItems()).as("the table follows the moved touchpoint").hasSize(2);
        robot.interact(document::undo);
        robot.interact(document::undo);
        assertThat(names("st-arrive")).containsExactly("Take a queue ticket", "Wait to be called");
    }

    @Test
    void aTouchpointIsDuplicatedAndDeletedWithTheKeyboardAndBothUndo(FxRobot robot) {
        robot.clickOn("Take a queue ticket").press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        assertThat(names("st-arrive")).containsExactly("Take a queue ticket", "Take a queue ticket (copy)", "Wait to be called");
        Touchpoint copy = journey().stage("st-arrive").orElseThrow().touchpoints().get(1);
        assertThat(copy.id()).isNotEqualTo("tp-ticket");
        assertThat(copy.channel()).isEqualTo(Channel.PHYSICAL);
        robot.type(KeyCode.DELETE);
        assertThat(names("st-arrive")).containsExactly("Take a queue ticket", "Wait to be called");
        robot.interact(document::undo);
        assertThat(names("st-arrive")).hasSize(3);
        robot.interact(document::undo);
        assertThat(names("st-arrive")).containsExactly("Take a queue ticket", "Wait to be called");
    }

    @Test
    void stagesAreReorderedWithTheKeyboard(FxRobot robot) {
        robot.clickOn("#journey-stage-1").press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertThat(journey().stages()).extracting(Stage::id).containsExactly("st-counter", "st-arrive");
        assertThat(robot.lookup("#journey-stages").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().getSelectedIndex()).as("the moved stage stays chosen").isZero();
        robot.interact(document::undo);
        assertThat(journey().stages()).extracting(Stage::id).containsExactly("st-arrive", "st-counter");
    }

    @Test
    void aStageIsAddedNamedAndDeletedAfterConfirmation(FxRobot robot) {
        robot.clickOn("#journey-stage-add");
        robot.write("Leave the hall").type(KeyCode.ENTER);
        assertThat(journey().stages()).extracting(Stage::name).containsExactly("Arrive", "Leave the hall", "At the counter");
        robot.clickOn("#journey-stage-0");
        dialogs.confirmAnswers.add(true);
        robot.type(KeyCode.DELETE);
        assertThat(dialogs.confirmations.getFirst()).contains("Arrive").contains("2");
        assertThat(journey().stages()).extracting(Stage::name).containsExactly("Leave the hall", "At the counter");
        robot.interact(document::undo);
        assertThat(journey().stages()).hasSize(3);
    }

    @Test
    void theFormEditsEveryFieldOfTheChosenTouchpoint(FxRobot robot) {
        robot.clickOn("Wait to be called");
        robot.clickOn("#journey-tp-name").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Wait for the number").type(KeyCode.ENTER);
        robot.clickOn("#journey-tp-role-COMPLAINT");
        robot.clickOn("#journey-tp-action");
        var pains = robot.lookup("#journey-tp-pains").query();
        for (int i = 0; i < 10 && !pains.isFocused(); i++) {
            robot.type(KeyCode.TAB); // past the emotion sliders, as a user tabs through the form
        }
        assertThat(pains.isFocused()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        robot.type(KeyCode.ENTER).write("Screen hard to read").type(KeyCode.TAB);
        Touchpoint tp = journey().touchpoint("tp-wait").orElseThrow();
        assertThat(tp.name()).isEqualTo("Wait for the number");
        assertThat(tp.roles()).containsExactly(com.motstudio.model.TouchpointRole.COMPLAINT);
        assertThat(tp.painPoints()).containsExactly("No idea how long the wait is", "Screen hard to read");
    }

    @Test
    void theMapIsWorkedWithTheKeyboardAloneAndSaysWhatIsSelected(FxRobot robot) {
        robot.clickOn("Take a queue ticket");
        robot.clickOn("#journey-tab-map");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node map = robot.lookup("#map-viewport").query();
        robot.interact(map::requestFocus);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertThat(map.getAccessibleText()).as("the map's text alternative names the selected touchpoint")
                .contains("Journey map of 2 stages and 3 touchpoints.").contains("Selected touchpoint: \"Hand in the papers at the counter\"")
                .contains("lowest \u22124 at \"Wait to be called\"");
        assertThat(robot.lookup("#journey-stages").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().getSelectedIndex()).as("across the stage boundary").isEqualTo(1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#journey-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedIndex()).as("Enter opens it on the Edit tab").isZero();
        assertThat(robot.lookup("#journey-tp-name").queryAs(TextField.class).getText()).isEqualTo("Hand in the papers at the counter");
    }

    @Test
    void theMapShowsTheJourneyAndAClickOnAChipSelectsItADoubleClickOpensIt(FxRobot robot) throws Exception {
        robot.clickOn("#journey-tab-map");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = view.root().getScene().snapshot(null));
        Path out = Path.of(System.getProperty("mot.buildDir", "target"), "screenshots");
        Files.createDirectories(out);
        var shot = Snapshots.writePng(image[0], out.resolve("journey-map-view.png"));
        var chip = view.chipOnScreen("tp-counter").orElseThrow();
        var inScene = view.root().screenToLocal(chip);
        int argb = shot.getRGB((int) inScene.getX(), (int) inScene.getY());
        assertThat(argb & 0xFFFFFF).as("the chip is painted where the map says").isNotEqualTo(0xFFFFFF);

        robot.clickOn(chip);
        assertThat(robot.lookup("#journey-stages").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.doubleClickOn(chip);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#journey-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedIndex()).as("back on the Edit tab").isZero();
        TextField name = robot.lookup("#journey-tp-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Hand in the papers at the counter");
    }
}
