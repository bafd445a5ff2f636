package com.motstudio.ui.monitor;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Workshop;
import com.motstudio.testing.FakeDialogs;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.TaskRunner;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A workshop with nothing planned yet: every tab of the Monitor page opens and says there is nothing to show. */
class EmptyWorkshopTest {
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTabOpensOnAnEmptyWorkshop(Language language) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkshopDocument document = new WorkshopDocument(Workshop.blank(language.tag(), "Citizen"), null);
        FxToolkit.setupFixture(() -> {
            MonitorView view = new MonitorView(new MonitorViewModel(document, () -> LocalDate.of(2026, 12, 1)), new Texts(language),
                    new FakeDialogs().dialogs(), TaskRunner.IMMEDIATE, () -> Path.of("."));
            stage.setScene(new Scene(view.root(), 1000, 700));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        for (String tab : List.of("measurements", "audits", "compliance", "feedback", "actions", "rounds", "overview")) {
            robot.clickOn("#monitor-tab-" + tab);
        }
        assertThat(robot.lookup("#overview-totals").queryAs(Label.class).getText()).isNotEmpty();
        robot.clickOn("#monitor-tab-audits");
        robot.clickOn("#audit-start");
        assertThat(document.current().monitoring().audits()).hasSize(1);
        FxToolkit.setupFixture(stage::hide);
    }
}
