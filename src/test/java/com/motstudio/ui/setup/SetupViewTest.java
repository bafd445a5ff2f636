package com.motstudio.ui.setup;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Workshop page driven as a facilitator fills it in before a class. */
@ExtendWith(ApplicationExtension.class)
class SetupViewTest {
    private WorkshopDocument document;
    private final Deque<Boolean> confirmations = new ArrayDeque<>();

    /** Answers questions from a queue; the page never needs a file chooser in these tests. */
    private final class Answers implements Dialogs {
        @Override public Optional<Path> chooseImage() { return Optional.empty(); }
        @Override public Optional<Path> chooseWorkshopToOpen(Path folder) { return Optional.empty(); }
        @Override public Optional<Path> chooseWorkshopToSave(Path folder, String name) { return Optional.empty(); }
        @Override public SaveChoice askSaveChanges(String name) { return SaveChoice.CANCEL; }
        @Override public boolean confirm(String title, String message) { return confirmations.remove(); }
        @Override public void showProblems(String title, String message, List<String> details) { }
        @Override public void showError(String title, String message) { }
        @Override public void inform(String title, String message) { }
        @Override public void showPanel(String title, javafx.scene.Parent content) { }
    }

    @Start
    void start(Stage stage) {
        document = new WorkshopDocument(Workshop.blank("en", "Citizen"), null);
        SetupView view = new SetupView(new SetupViewModel(document), new Texts(Language.ENGLISH), new Answers());
        stage.setScene(new Scene(view.root(), 900, 900));
        stage.show();
    }

    private TableView<?> table(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TableView.class);
    }

    private String problem(FxRobot robot) {
        return robot.lookup("#setup-problem").queryAs(Label.class).getText();
    }

    @Test
    void sectorAndDatesArePickedAndStored(FxRobot robot) {
        robot.clickOn("#setup-sector .arrow-button").clickOn("Bank branch");
        assertThat(document.current().info().sector()).isEqualTo("bank");
        robot.clickOn("#setup-start-date").write("Mar 14, 2026").type(KeyCode.ENTER);
        robot.clickOn("#setup-end-date").write("Mar 15, 2026").type(KeyCode.ENTER);
        assertThat(document.current().info().startDate()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(document.current().info().endDate()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void anEndBeforeTheStartIsRefusedWithAMessage(FxRobot robot) {
        robot.clickOn("#setup-start-date").write("Mar 14, 2026").type(KeyCode.ENTER);
        robot.clickOn("#setup-end-date").write("Mar 1, 2026").type(KeyCode.ENTER);
        assertThat(document.current().info().endDate()).isNull();
        assertThat(problem(robot)).contains("end date is before the start date");
    }

    @Test
    void customerTypesAreAddedRenamedAndTheLastOneIsKept(FxRobot robot) {
        robot.clickOn("#setup-add-customer-type");
        assertThat(document.current().customerTypes()).hasSize(2);
        TableView<?> types = table(robot, "setup-customer-types");
        assertThat(types.getItems()).hasSize(2);
        robot.doubleClickOn("New customer type").write("Company agent").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.current().customerTypes()).extracting(CustomerType::name).containsExactly("Citizen", "Company agent");
        assertThat(document.current().customerTypes().get(1).kind()).isEqualTo(CustomerKind.EXTERNAL);

        robot.clickOn("Company agent").clickOn("#setup-remove-customer-type");
        robot.clickOn("Citizen").clickOn("#setup-remove-customer-type");
        assertThat(document.current().customerTypes()).extracting(CustomerType::name).containsExactly("Citizen");
        assertThat(problem(robot)).contains("at least one customer type");
    }

    @Test
    void aTierShareAbove100IsRefusedAndAValidOneKept(FxRobot robot) {
        robot.clickOn("#setup-add-tier");
        assertThat(document.current().tiers()).hasSize(1);
        robot.doubleClickOn("New tier").write("Key companies").type(KeyCode.ENTER);
        assertThat(document.current().tiers().getFirst().name()).isEqualTo("Key companies");
        TableView<?> tiers = table(robot, "setup-tiers");
        robot.interact(() -> tiers.edit(0, (javafx.scene.control.TableColumn) tiers.getColumns().get(2)));
        robot.write("150").type(KeyCode.ENTER);
        assertThat(document.current().tiers().getFirst().shareOfCustomers()).isNull();
        assertThat(problem(robot)).contains("0 to 100");
        robot.interact(() -> tiers.edit(0, (javafx.scene.control.TableColumn) tiers.getColumns().get(2)));
        robot.write("20").type(KeyCode.ENTER);
        assertThat(document.current().tiers().getFirst().shareOfCustomers()).isEqualTo(20.0);
        assertThat(document.current().tiers().getFirst().rank()).isEqualTo(1);
    }

    @Test
    void undoneChangesShowOnThePage(FxRobot robot) {
        robot.clickOn("#setup-title").write("Bank branch MOT").type(KeyCode.ENTER);
        robot.interact(document::undo);
        assertThat(robot.lookup("#setup-title").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        robot.interact(document::redo);
        assertThat(robot.lookup("#setup-title").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Bank branch MOT");
    }
}
