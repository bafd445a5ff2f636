package com.motstudio.ui.monitor;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.method.monitor.FollowUps;
import com.motstudio.model.Feedback;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What is typed in a follow-up survives choosing another review: saved when it can be, else kept as a draft. */
class FollowUpDraftTest {
    @Test
    @SuppressWarnings("unchecked")
    void typedFollowUpsAreSavedOrKeptWhenAnotherReviewIsChosen() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkshopDocument document = new WorkshopDocument(ExportFixture.create(Language.ENGLISH), null);
        MonitorViewModel vm = new MonitorViewModel(document, () -> LocalDate.of(2026, 12, 14));
        FxToolkit.setupFixture(() -> {
            FeedbackPane pane = new FeedbackPane(vm, new Texts(Language.ENGLISH));
            vm.workshopProperty().subscribe(pane::refresh);
            stage.setScene(new Scene(pane.root(), 1000, 760));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        TableView<Feedback> log = robot.lookup("#feedback-log").queryAs(TableView.class);
        List<Feedback> bad = log.getItems().stream().filter(FollowUps::isBad).toList();
        TextInputControl rectification = robot.lookup("#followup-rectification").queryAs(TextInputControl.class);
        TextInputControl closed = robot.lookup("#followup-closed").queryAs(TextInputControl.class);

        choose(robot, log, bad.get(0));
        robot.interact(() -> rectification.setText("Copies made at the counter"));
        choose(robot, log, bad.get(1)); // no Save pressed: saved on leaving
        assertThat(followUp(document, bad.get(0)).rectification()).isEqualTo("Copies made at the counter");

        robot.interact(() -> rectification.setText("Called the citizen back"));
        robot.interact(() -> closed.setText("next Friday")); // no date: cannot be saved yet
        choose(robot, log, bad.get(0));
        assertThat(followUp(document, bad.get(1)) == null ? "" : followUp(document, bad.get(1)).rectification())
                .isNotEqualTo("Called the citizen back");
        assertThat(rectification.getText()).isEqualTo("Copies made at the counter");

        choose(robot, log, bad.get(1)); // back: the draft is there, with why
        assertThat(rectification.getText()).isEqualTo("Called the citizen back");
        assertThat(closed.getText()).isEqualTo("next Friday");
        assertThat(robot.lookup(".danger").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(t -> t.startsWith("Not saved yet"));
        robot.interact(() -> closed.setText("2026-12-11"));
        robot.interact(() -> robot.lookup("#followup-save").queryButton().fire());
        assertThat(followUp(document, bad.get(1)).rectification()).isEqualTo("Called the citizen back");
        assertThat(followUp(document, bad.get(1)).closedOn()).isEqualTo(LocalDate.of(2026, 12, 11));
        FxToolkit.setupFixture(stage::hide);
    }

    /** Selects the review by id: after a save the log holds new copies of the reviews. */
    private static void choose(FxRobot robot, TableView<Feedback> log, Feedback f) {
        robot.interact(() -> log.getSelectionModel().select(log.getItems().stream().filter(x -> x.id().equals(f.id())).findFirst().orElseThrow()));
    }

    private static com.motstudio.model.FollowUp followUp(WorkshopDocument document, Feedback f) {
        return document.current().monitoring().feedback().stream().filter(x -> x.id().equals(f.id())).findFirst().orElseThrow().followUp();
    }
}
