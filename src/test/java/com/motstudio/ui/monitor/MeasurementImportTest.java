package com.motstudio.ui.monitor;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.testing.FakeDialogs;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.TaskRunner;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing KPI values as a user does: the preview first, nothing added until Import, bad rows listed. */
class MeasurementImportTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private final WorkshopDocument document = new WorkshopDocument(PlannedHall.create(Language.SIMPLIFIED_CHINESE), null);
    private Stage stage;

    /** The Measurements tab of a planned hall in Chinese, its imports answered by {@link #dialogs}. */
    @BeforeEach
    void showTheMeasurementsTab() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        MonitorViewModel vm = new MonitorViewModel(document, () -> LocalDate.of(2026, 12, 1));
        Texts texts = new Texts(Language.SIMPLIFIED_CHINESE);
        FxToolkit.setupFixture(() -> {
            MeasurementsPane pane = new MeasurementsPane(vm, texts,
                    new MeasurementImports(vm, texts, dialogs.dialogs(), TaskRunner.IMMEDIATE, () -> Path.of("."))::run);
            vm.workshopProperty().subscribe(pane::refresh);
            stage.setScene(new Scene(pane.root(), 1000, 700));
            stage.show();
        });
    }

    @Test
    void theExampleFileIsPreviewedThenImportedAsOneUndoStep() throws Exception {
        FxRobot robot = new FxRobot();
        dialogs.csv = Path.of("docs/examples/measurements-zh-CN.csv");
        dialogs.askAnswers.add(false);
        robot.clickOn("#measure-import");
        assertThat(document.current().monitoring().measurements()).isEmpty();
        dialogs.askAnswers.add(true);
        robot.clickOn("#measure-import");
        assertThat(document.current().monitoring().measurements()).hasSize(9);
        Label summary = (Label) dialogs.panels.getLast().lookup("#import-summary");
        assertThat(summary.getText()).contains("9").contains("0");

        Path bad = Files.createTempFile("measurements", ".csv");
        Files.writeString(bad, "指标,日期,数值\n平均等候时间,2026-12-05,14\n等候人数,2026-12-05,30\n差评率,12月5日,1.2\n");
        dialogs.csv = bad;
        dialogs.askAnswers.add(true);
        robot.clickOn("#measure-import");
        assertThat(document.current().monitoring().measurements()).hasSize(10);
        ListView<?> problems = (ListView<?>) dialogs.panels.getLast().lookup("#import-problems");
        assertThat(problems.getItems()).hasSize(2);
        assertThat(problems.getItems().get(0).toString()).contains("等候人数");
        robot.interact(document::undo);
        assertThat(document.current().monitoring().measurements()).hasSize(9);
        FxToolkit.setupFixture(stage::hide);
    }

    @Test
    void aFileWithAProblemInEveryRowListsTheFirst100AndCountsTheRest() throws Exception {
        StringBuilder csv = new StringBuilder("指标,日期,数值\n");
        for (int day = 1; day <= 250; day++) {
            csv.append("平均等候时间,10000-1-").append(1 + day % 28).append(",14\n");
        }
        Path bad = Files.createTempFile("measurements", ".csv");
        Files.writeString(bad, csv);
        dialogs.csv = bad;
        dialogs.askAnswers.add(true);
        new FxRobot().clickOn("#measure-import");
        assertThat(document.current().monitoring().measurements()).isEmpty();
        ListView<?> problems = (ListView<?>) dialogs.panels.getLast().lookup("#import-problems");
        assertThat(problems.getItems()).hasSize(101);
        assertThat(problems.getItems().getFirst().toString()).startsWith("第 2 行“日期”列：“10000-1-2”的年份不在 1900–9999 年之间");
        assertThat(problems.getItems().getLast().toString()).isEqualTo("……另有 150 个问题未列出。请先改正上面的问题，再重新预览文件。");
        // the panel as the dialog shows it, scrolled to its end
        FxToolkit.setupFixture(() -> {
            javafx.scene.Parent panel = dialogs.panels.getLast();
            panel.setStyle("-fx-font-family: '" + com.motstudio.ui.common.Fonts.loadBundled() + "';");
            stage.setScene(new Scene(panel, 640, 420));
            problems.scrollTo(100);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        FxToolkit.setupFixture(() -> image[0] = stage.getScene().snapshot(null));
        Path out = Path.of(System.getProperty("mot.buildDir", "target"), "screenshots");
        Files.createDirectories(out);
        com.motstudio.testing.Snapshots.writePng(image[0], out.resolve("measurement-import-capped-problems.png"));
        FxToolkit.setupFixture(stage::hide);
    }
}
