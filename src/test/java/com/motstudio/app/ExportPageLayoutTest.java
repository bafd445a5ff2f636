package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.report.pdf.DocumentKind;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.testing.LayoutAudit;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import com.motstudio.ui.shell.Page;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ComboBox;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Export page with a workshop that has data in every step, on a 1024 × 768 projector and a
 * 1366 × 768 laptop, with large text, light and dark, in the three languages: no cut text, no control
 * out of reach, no overlap, readable contrast and an accessible name on every focusable control
 * ({@link LayoutAudit}, on the whole window: navigation and guidance too), before and after an
 * export to a deep folder; the preview's pages say what they show. Pictures go to
 * {@code target/screenshots/export}.
 */
class ExportPageLayoutTest {
    @TempDir
    Path home;
    private Stage stage;

    @AfterEach
    void restore() throws Exception {
        AppHarness.fitScreen(stage);
    }

    @ParameterizedTest
    @CsvSource({
            "zh-CN, 1024, LARGE, DARK",
            "zh-TW, 1024, LARGE, LIGHT",
            "en, 1024, LARGE, DARK",
            "en, 1366, LARGE, LIGHT",
            "zh-CN, 1366, LARGE, LIGHT",
            "zh-TW, 1366, LARGE, DARK",
            "en, 1366, NORMAL, DARK",
            "en, 1024, NORMAL, LIGHT"})
    void exportPageFits(String tag, int width, TextSize size, ThemeChoice theme) throws Exception {
        Language language = Language.fromTag(tag);
        Path out = Files.createDirectories(Path.of(System.getProperty("mot.buildDir", "target"), "screenshots", "export"));
        String name = tag + "-" + width + "-" + size.name().toLowerCase() + "-" + theme.name().toLowerCase();
        stage = FxToolkit.registerPrimaryStage();
        AppHarness[] app = new AppHarness[1];
        FxToolkit.setupFixture(() -> {
            app[0] = new AppHarness(stage, home, s -> s.withLanguage(language.tag()).withTheme(theme).withTextSize(size));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(768);
            app[0].main.viewModel().show(new WorkshopDocument(ExportFixture.create(language), null), null);
            app[0].main.window().select(Page.EXPORT);
        });
        List<String> problems = new ArrayList<>();
        List<String> pictures = new ArrayList<>();
        audit(out.resolve(name + ".png"), problems, pictures);
        // the handouts (their option enabled) exported to a deep folder: the long "Saved to" and the Open button
        Path file = Files.createDirectories(home.resolve("workshops").resolve("a-rather-long-folder-name-for-the-exported-handouts"))
                .resolve("handouts-for-the-counter-team-and-the-next-class.pdf");
        FxToolkit.setupFixture(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<DocumentKind> kind = (ComboBox<DocumentKind>) stage.getScene().lookup("#export-document");
            kind.setValue(DocumentKind.HANDOUTS);
            app[0].dialogs().pdfToSave.add(file);
            ((Button) stage.getScene().lookup("#export-run")).fire();
        });
        assertThat(Files.exists(file)).as("the handouts were written").isTrue();
        audit(out.resolve(name + "-done.png"), problems, pictures);
        boolean openInSight = FxToolkit.setupFixture(() -> {
            Node open = stage.getScene().lookup("#export-open");
            ScrollPane options = (ScrollPane) stage.getScene().lookup("#export-options");
            Bounds viewport = options.localToScene(options.getLayoutBounds());
            Bounds button = open.localToScene(open.getLayoutBounds());
            return open.isVisible() && button.getMinY() >= viewport.getMinY() && button.getMaxY() <= viewport.getMaxY();
        });
        assertThat(openInSight).as("after the export, Open the PDF is scrolled into sight, " + name).isTrue();
        assertThat(problems)
                .as("layout problems on the Export page, " + name).isEmpty();
        assertThat(pictures).as("the preview's pages, " + name).isNotEmpty().allSatisfy(text -> assertThat(text).isNotBlank().isNotEqualTo("null"));
        FxToolkit.setupFixture(() -> Platform.runLater(stage::hide));
    }

    private void audit(Path picture, List<String> problems, List<String> pictures) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            Snapshots.writePng(stage.getScene().snapshot(null), picture);
            String at = picture.getFileName() + ": ";
            LayoutAudit.problems(stage.getScene()).forEach(p -> problems.add(at + p));
            LayoutAudit.accessibleProblems(stage.getScene()).forEach(p -> problems.add(at + p));
            Node page = stage.getScene().lookup("#export-page");
            page.lookupAll("ImageView").stream().filter(n -> n instanceof ImageView)
                    .forEach(n -> pictures.add(String.valueOf(n.getAccessibleText())));
        });
    }
}
