package com.motstudio.ui.monitor;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Feedback;
import com.motstudio.model.FollowUpStatus;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging feedback at the desk: a moment or any touchpoint, a bad review followed up, the overdue count. */
class FeedbackEntryTest {
    @Test
    void badReviewsGetAFollowUpAndOverdueOnesAreCounted() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkshopDocument document = new WorkshopDocument(PlannedHall.create(Language.ENGLISH), null);
        MonitorViewModel vm = new MonitorViewModel(document, () -> LocalDate.of(2026, 12, 14));
        FxToolkit.setupFixture(() -> {
            FeedbackPane pane = new FeedbackPane(vm, new Texts(Language.ENGLISH));
            vm.workshopProperty().subscribe(pane::refresh);
            stage.setScene(new Scene(pane.root(), 1000, 760));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        ComboBox<String> subject = robot.lookup("#feedback-moment").queryAs(ComboBox.class);
        robot.interact(() -> subject.setValue("mo-check"));
        robot.interact(() -> robot.lookup("#feedback-date").queryAs(TextField.class)
                .setText("\uff12\uff10\uff12\uff16\u5e7412\u67084\u65e5")); // as a Chinese input method types it
        robot.clickOn("#feedback-rating").write("1");
        robot.clickOn("#feedback-text").write("Told to come back with one more copy").type(KeyCode.ENTER);
        robot.interact(() -> subject.setValue("tp-gov-entrance"));
        robot.clickOn("#feedback-rating").write("5");
        press(robot, "#feedback-add");
        List<Feedback> feedback = document.current().monitoring().feedback();
        assertThat(feedback).hasSize(2);
        assertThat(feedback.get(0).momentId()).isEqualTo("mo-check");
        assertThat(feedback.get(0).touchpointId()).isEqualTo("tp-gov-check");
        // Fri 4 Dec + 5 working days = Fri 11 Dec; open on Mon 14 Dec: overdue
        assertThat(feedback.get(0).followUp().deadline()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(feedback.get(1).momentId()).isEmpty();
        assertThat(feedback.get(1).touchpointId()).isEqualTo("tp-gov-entrance");
        assertThat(feedback.get(1).followUp()).isNull();
        Label counts = robot.lookup("#feedback-counts").queryAs(Label.class);
        assertThat(counts.getText()).contains("2 pieces of feedback, 1 bad review, 1 still open, 1 overdue");

        robot.interact(() -> robot.lookup("#feedback-log").queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel().select(1)); // newest first: the bad review is second
        robot.interact(() -> robot.lookup("#followup-status").queryAs(ComboBox.class).setValue(FollowUpStatus.RECTIFIED));
        robot.interact(() -> robot.lookup("#followup-rectification").queryAs(javafx.scene.control.TextInputControl.class).setText("Copies made at the counter"));
        robot.interact(() -> robot.lookup("#followup-fix-rating").queryAs(javafx.scene.control.TextInputControl.class).setText("4"));
        press(robot, "#followup-save");
        Feedback fixed = document.current().monitoring().feedback().get(0);
        assertThat(fixed.followUp().status()).isEqualTo(FollowUpStatus.RECTIFIED);
        assertThat(fixed.followUp().fixRating()).isEqualTo(4);
        assertThat(fixed.followUp().closedOn()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(counts.getText()).contains("0 still open, 0 overdue");
        robot.interact(() -> robot.lookup("#followup-closed").queryAs(javafx.scene.control.TextInputControl.class).setText("2026-2-30"));
        press(robot, "#followup-save");
        assertThat(document.current().monitoring().feedback().get(0).followUp().closedOn()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(robot.lookup(".danger").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("\"2026-2-30\" is not a date. Write it as 2026-12-01.");
        FxToolkit.setupFixture(stage::hide);
    }

    /**
     * Presses a button of the form as the keyboard would: the form column scrolls, and where the
     * window is placed on the 1000 px headless screen differs from test to test, so no mouse.
     */
    private static void press(org.testfx.api.FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }
}
