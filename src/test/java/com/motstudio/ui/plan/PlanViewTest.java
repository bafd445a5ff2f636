package com.motstudio.ui.plan;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.method.plan.PlanWarning;
import com.motstudio.method.plan.PlanWarning.Kind;
import com.motstudio.store.StandardLibrary;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of warning leads where it is fixed; the page in Traditional Chinese. */
@ExtendWith(ApplicationExtension.class)
class PlanViewTest {
    private final WorkshopDocument document = new WorkshopDocument(PlanFixtures.governmentWithFiveMoments(Language.TRADITIONAL_CHINESE), null);
    private final PlanViewModel vm = new PlanViewModel(document, () -> PlanFixtures.TODAY);
    private PlanView view;

    @Start
    void start(Stage stage) {
        view = new PlanView(vm, new Texts(Language.TRADITIONAL_CHINESE));
        stage.setScene(new Scene(view.root(), 1000, 760));
        stage.show();
    }

    @Test
    void warningsLeadToTheMomentTheActionTheKpiAndTheOwner(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#plan-tabs").queryAs(TabPane.class);
        ListView<PlanWarning> warnings = robot.lookup("#plan-warnings").queryAs(ListView.class);
        ListView<?> moments = robot.lookup("#plan-moments").queryAs(ListView.class);

        open(robot, warnings, PlanWarning.of(Kind.MOMENT_WITHOUT_STANDARD, "mo-check"));
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("plan-tab-moments");
        assertThat(moments.getSelectionModel().getSelectedIndex()).isEqualTo(2);

        // a moment without action: the Actions tab, ready to type one that is linked to it
        open(robot, warnings, PlanWarning.of(Kind.MOMENT_WITHOUT_ACTION, "mo-queue"));
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("plan-tab-actions");
        robot.write("Display").type(KeyCode.ENTER);
        String action = vm.plan().actions().getFirst().id();
        assertThat(vm.action(action).orElseThrow().momentIds()).containsExactly("mo-queue");
        assertThat(warnings.getItems()).doesNotContain(PlanWarning.of(Kind.MOMENT_WITHOUT_ACTION, "mo-queue"));

        open(robot, warnings, PlanWarning.of(Kind.ACTION_WITHOUT_DUE_DATE, action));
        assertThat(robot.lookup("#plan-action-due").query().isFocused() || robot.lookup("#plan-action-due").query()
                .lookupAll(".text-field").stream().anyMatch(n -> n.isFocused())).isTrue();

        robot.interact(() -> vm.insertKpi(StandardLibrary.kpis("government", Language.TRADITIONAL_CHINESE).getFirst(), null));
        String kpi = vm.plan().kpis().getFirst().id();
        open(robot, warnings, PlanWarning.of(Kind.KPI_WITHOUT_TARGET, kpi));
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("plan-tab-kpis");
        assertThat(robot.lookup("#plan-kpi-target").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("abc").type(KeyCode.ENTER);
        assertThat(vm.kpi(kpi).orElseThrow().target()).as("not a number: refused, kept in the field").isNull();
        assertThat(robot.lookup("#plan-kpi-target").queryAs(TextField.class).getText()).isEqualTo("abc");
        robot.interact(() -> robot.lookup("#plan-kpi-target").queryAs(TextField.class).clear());
        robot.write("99,5").type(KeyCode.ENTER);
        assertThat(vm.kpi(kpi).orElseThrow().target()).isEqualTo(99.5);

        robot.interact(() -> {
            for (int i = 0; i < 4; i++) {
                String id = vm.addAction("W" + i, "mo-check");
                vm.updateAction(id, a -> PlanChanges.due(PlanChanges.owner(a, "王大明"), PlanFixtures.TODAY));
            }
            vm.updateAction(action, a -> PlanChanges.due(PlanChanges.owner(a, "林小華"), PlanFixtures.TODAY));
        });
        open(robot, warnings, new PlanWarning(Kind.OWNER_OVERLOADED, "王大明", 4));
        assertThat(robot.lookup("#plan-action-filter").queryAs(TextField.class).getText()).isEqualTo("王大明");
        ListView<ActionList> list = robot.lookup("#plan-actions").queryAs(ListView.class);
        assertThat(list.getItems()).filteredOn(r -> !r.isHeading()).hasSize(4);

        robot.interact(() -> view.showTab("moments"));
        robot.interact(() -> moments.getSelectionModel().select(0));
        robot.interact(() -> vm.insertStandard("mo-reception", StandardLibrary.standards("government", Language.TRADITIONAL_CHINESE).getFirst()));
        WaitForAsyncUtils.waitForFxEvents();
        // looked up on the FX thread: the page may still be replacing nodes, and a lookup from the test thread can race it
        java.util.List<String> titles = new java.util.ArrayList<>();
        robot.interact(() -> robot.lookup(".plan-standard-title").queryAllAs(TextField.class).forEach(f -> titles.add(f.getText())));
        assertThat(titles).contains("首問負責制");
        Path out = Path.of(System.getProperty("mot.buildDir", "target"), "screenshots");
        Files.createDirectories(out);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = view.root().getScene().snapshot(null));
        Snapshots.writePng(image[0], out.resolve("plan-moments-zh-TW.png"));
    }

    private static void open(FxRobot robot, ListView<PlanWarning> warnings, PlanWarning warning) {
        int row = warnings.getItems().indexOf(warning);
        assertThat(row).as("%s is listed", warning).isNotNegative();
        robot.interact(() -> {
            warnings.scrollTo(row);
            warnings.getSelectionModel().select(row);
            warnings.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
