package com.motstudio.ui.monitor;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.ImprovementAction;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A team moves actions on at its monthly stand-up: by keyboard and by dragging, overdue ones marked. */
class ActionBoardTest {
    @Test
    void cardsMoveBetweenColumnsAndOverdueOnesAreMarked() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkshopDocument document = new WorkshopDocument(PlannedHall.create(Language.ENGLISH), null);
        MonitorViewModel vm = new MonitorViewModel(document, () -> LocalDate.of(2026, 10, 1));
        FxToolkit.setupFixture(() -> {
            ActionBoard pane = new ActionBoard(vm, new Texts(Language.ENGLISH));
            vm.workshopProperty().subscribe(pane::refresh);
            stage.setScene(new Scene(pane.root(), 1000, 700));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        VBox planned = robot.lookup("#board-PLANNED").queryAs(VBox.class);
        assertThat(planned.getChildren()).extracting(Node::getId).contains("card-ac-screen", "card-ac-greeter");
        // due 15 Sep, still planned on 1 Oct: overdue
        assertThat(robot.lookup("#card-ac-screen").queryAs(Label.class).getText()).contains("Overdue since 2026-09-15");
        assertThat(robot.lookup("#card-ac-greeter").queryAs(Label.class).getText()).contains("Due 2026-10-31");

        robot.clickOn("#card-ac-screen");
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertThat(status(document, "ac-screen")).isEqualTo(ActionStatus.DONE);
        assertThat(robot.lookup("#board-DONE").queryAs(VBox.class).getChildren()).extracting(Node::getId).contains("card-ac-screen");
        assertThat(robot.lookup("#card-ac-screen").queryAs(Label.class).getText()).doesNotContain("Overdue");

        robot.drag("#card-ac-greeter").dropTo("#board-IN_PROGRESS");
        assertThat(status(document, "ac-greeter")).isEqualTo(ActionStatus.IN_PROGRESS);
        FxToolkit.setupFixture(stage::hide);
    }

    private static ActionStatus status(WorkshopDocument document, String id) {
        return document.current().plan().actions().stream().filter(a -> a.id().equals(id)).findFirst()
                .map(ImprovementAction::status).orElseThrow();
    }
}
