package com.motstudio.ui.monitor;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Audit;
import com.motstudio.model.AuditOutcome;
import com.motstudio.model.AuditResult;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** An auditor at counter 3 audits two moments with the keyboard alone: P, F and N, a note, a correction. */
class AuditEntryTest {
    @Test
    void theChecklistIsEnteredWithOneKeyAnItem() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkshopDocument document = new WorkshopDocument(PlannedHall.create(Language.ENGLISH), null);
        MonitorViewModel vm = new MonitorViewModel(document, () -> LocalDate.of(2026, 9, 20));
        FxToolkit.setupFixture(() -> {
            AuditPane pane = new AuditPane(vm, new Texts(Language.ENGLISH));
            vm.workshopProperty().subscribe(pane::refresh);
            stage.setScene(new Scene(pane.root(), 1000, 700));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        robot.clickOn("#audit-auditor").write("Chen");
        robot.clickOn("#audit-location").write("City hall");
        robot.clickOn("#audit-counter").write("3");
        robot.clickOn("#audit-moment-mo-reception");
        robot.clickOn("#audit-moment-mo-check");
        robot.clickOn("#audit-start");
        TableView<?> grid = robot.lookup("#audit-grid").queryAs(TableView.class);
        // first-asked responsibility (3 items) and telling everything at once (4 items)
        assertThat(grid.getItems()).hasSize(7);
        robot.type(KeyCode.P, KeyCode.P, KeyCode.F, KeyCode.P, KeyCode.N, KeyCode.F, KeyCode.P);
        Audit audit = document.current().monitoring().audits().getFirst();
        assertThat(audit.counter()).isEqualTo("3");
        assertThat(audit.auditor()).isEqualTo("Chen");
        assertThat(audit.date()).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(audit.momentIds()).containsExactly("mo-reception", "mo-check");
        assertThat(audit.results()).extracting(AuditResult::itemId, AuditResult::outcome).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("ci-greet", AuditOutcome.PASS),
                org.assertj.core.groups.Tuple.tuple("ci-purpose", AuditOutcome.PASS),
                org.assertj.core.groups.Tuple.tuple("ci-guide", AuditOutcome.FAIL),
                org.assertj.core.groups.Tuple.tuple("ci-list", AuditOutcome.PASS),
                org.assertj.core.groups.Tuple.tuple("ci-match", AuditOutcome.NOT_APPLICABLE),
                org.assertj.core.groups.Tuple.tuple("ci-limit", AuditOutcome.FAIL),
                org.assertj.core.groups.Tuple.tuple("ci-missing", AuditOutcome.PASS));
        assertThat(robot.lookup("#audit-progress").queryAs(Label.class).getText()).contains("7 of 7");

        // back to the third item: a note, then the fail corrected to a pass
        robot.interact(() -> grid.getSelectionModel().clearAndSelect(2));
        robot.type(KeyCode.ENTER);
        robot.write("Pointed, did not walk over").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.P);
        AuditResult guide = document.current().monitoring().audits().getFirst().results().stream()
                .filter(r -> r.itemId().equals("ci-guide")).findFirst().orElseThrow();
        assertThat(guide.outcome()).isEqualTo(AuditOutcome.PASS);
        assertThat(guide.note()).isEqualTo("Pointed, did not walk over");
        // and cleared again with Delete, then undone
        robot.interact(() -> grid.getSelectionModel().clearAndSelect(6));
        robot.type(KeyCode.DELETE);
        assertThat(document.current().monitoring().audits().getFirst().results()).hasSize(6);
        robot.interact(document::undo);
        assertThat(document.current().monitoring().audits().getFirst().results()).hasSize(7);
        FxToolkit.setupFixture(stage::hide);
    }
}
