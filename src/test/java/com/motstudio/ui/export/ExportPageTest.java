package com.motstudio.ui.export;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.report.pdf.DocumentKind;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.testing.FakeDialogs;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.TaskRunner;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Export page as a consultant uses it: picks the report, sees its first pages, exports it and
 * is told where it went. Screenshots go to {@code -Dmot.screenshots=docs/screenshots}.
 */
class ExportPageTest {
    @TempDir
    Path folder;

    @org.junit.jupiter.api.Test
    void thePageSaysWhichCharactersThePdfLacksAndWhere() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkshopDocument document = new WorkshopDocument(ExportFixture.withForeignScripts(Language.TRADITIONAL_CHINESE), null);
        Texts texts = new Texts(Language.TRADITIONAL_CHINESE);
        ExportView[] view = new ExportView[1];
        FxToolkit.setupFixture(() -> {
            ExportViewModel vm = new ExportViewModel(document, TaskRunner.IMMEDIATE, Runnable::run, () -> LocalDate.of(2026, 3, 12));
            view[0] = new ExportView(vm, texts, new FakeDialogs().dialogs(), TaskRunner.IMMEDIATE, () -> folder);
            stage.setScene(new Scene(view[0].root(), 1000, 720));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitForFxEvents();
        Label glyphs = robot.lookup("#export-missing-glyphs").queryAs(Label.class);
        var moment = document.current().keyMoments().moments().getFirst();
        String name = document.current().journey().touchpoint(moment.touchpointId()).orElseThrow().name();
        assertThat(glyphs.isVisible()).isTrue();
        assertThat(glyphs.getText()).contains("PDF").contains("\u89f8\u9ede\u300c" + name + "\u300d").contains(ExportFixture.EXT_B); // 觸點「…」

        robot.interact(() -> document.apply("plain", w -> ExportFixture.create(Language.TRADITIONAL_CHINESE)));
        robot.interact(() -> robot.lookup("#export-refresh").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(glyphs.isVisible()).as("nothing missing: no warning").isFalse();
        robot.interact(() -> document.apply("scripts", w -> ExportFixture.withForeignScripts(Language.TRADITIONAL_CHINESE)));
        robot.interact(() -> robot.lookup("#export-refresh").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        Path out = Path.of(System.getProperty("mot.screenshots", System.getProperty("mot.buildDir", "target") + "/screenshots"));
        Files.createDirectories(out);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = view[0].root().getScene().snapshot(null));
        Snapshots.writePng(image[0], out.resolve("export-missing-glyphs.png"));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"SIMPLIFIED_CHINESE", "ENGLISH"})
    void choosesTheReportSeesItsPagesAndExportsIt(Language language) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FakeDialogs dialogs = new FakeDialogs();
        Path target = folder.resolve("report");
        dialogs.pdf = target;
        WorkshopDocument document = new WorkshopDocument(ExportFixture.create(language), null);
        Texts texts = new Texts(language);
        ExportView[] view = new ExportView[1];
        FxToolkit.setupFixture(() -> {
            ExportViewModel vm = new ExportViewModel(document, TaskRunner.IMMEDIATE, Runnable::run, () -> LocalDate.of(2026, 3, 12));
            view[0] = new ExportView(vm, texts, dialogs.dialogs(), TaskRunner.IMMEDIATE, () -> folder);
            stage.setScene(new Scene(view[0].root(), 1000, 720));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        ComboBox<DocumentKind> kind = robot.lookup("#export-document").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(DocumentKind.REPORT));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(n -> n instanceof ImageView).queryAll()).hasSize(PdfPreview.PAGES);
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        Path written = folder.resolve("report.pdf");
        assertThat(written).exists();
        assertThat(Files.size(written)).isGreaterThan(10_000);
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo(texts.format("export.ui.done", written));
        assertThat(robot.lookup("#export-open").query().isVisible()).isTrue();
        Path out = Path.of(System.getProperty("mot.screenshots", System.getProperty("mot.buildDir", "target") + "/screenshots"));
        Files.createDirectories(out);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = view[0].root().getScene().snapshot(null));
        Snapshots.writePng(image[0], out.resolve("export-" + language.tag() + ".png"));

        // another page is shown, the workshop is edited there, the Export page comes back: its preview is made again
        javafx.scene.image.Image before = ((ImageView) robot.lookup(n -> n instanceof ImageView).query()).getImage();
        robot.interact(() -> stage.getScene().setRoot(new javafx.scene.layout.Pane()));
        robot.interact(() -> document.apply("rename", w -> w.withInfo(w.info().withTitle(w.info().title() + " 2"))));
        robot.interact(() -> stage.getScene().setRoot(view[0].root()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image after = ((ImageView) robot.lookup(n -> n instanceof ImageView).query()).getImage();
        assertThat(after).as("the preview shows the edited workshop").isNotSameAs(before);
    }

    @Test
    void aPreviewThatRunsOutOfMemorySaysSo() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Texts texts = new Texts(Language.SIMPLIFIED_CHINESE);
        TaskRunner outOfMemory = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                onError.accept(new OutOfMemoryError("Java heap space"));
            }
        };
        ExportView[] view = new ExportView[1];
        String font = com.motstudio.ui.common.Fonts.loadBundled();
        FxToolkit.setupFixture(() -> {
            ExportViewModel vm = new ExportViewModel(new WorkshopDocument(ExportFixture.create(Language.SIMPLIFIED_CHINESE), null),
                    outOfMemory, Runnable::run, () -> LocalDate.of(2026, 3, 12));
            view[0] = new ExportView(vm, texts, new FakeDialogs().dialogs(), TaskRunner.IMMEDIATE, () -> folder);
            view[0].root().setStyle("-fx-font-family: \"" + font + "\";");
            stage.setScene(new Scene(view[0].root(), 900, 500));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitForFxEvents();
        Label note = robot.lookup("#export-preview-note").queryAs(Label.class);
        assertThat(note.getText()).startsWith("无法绘制预览：MOT Studio 内存不足").doesNotContain("Java heap space");
        assertThat(robot.lookup(n -> n instanceof ImageView).queryAll()).isEmpty();
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = view[0].root().getScene().snapshot(null));
        Snapshots.writePng(image[0], Path.of(System.getProperty("java.io.tmpdir"), "export-preview-failed-zh-CN.png"));
    }
}
