package com.motstudio.ui.export;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.report.pdf.DocumentKind;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.text.Language;
import com.motstudio.ui.common.TaskRunner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Export page's model without the FX thread: preview, export with progress, cancel and failure. */
class ExportViewModelTest {
    @TempDir
    Path folder;

    private final WorkshopDocument document = new WorkshopDocument(ExportFixture.create(Language.TRADITIONAL_CHINESE), null);
    private final ExportViewModel vm = new ExportViewModel(document, TaskRunner.IMMEDIATE, Runnable::run, () -> LocalDate.of(2026, 5, 4));

    @Test
    void startsInTheWorkshopsLanguageAndSuggestsANameWithDocumentAndLanguage() {
        assertThat(vm.languageProperty().get()).isEqualTo(Language.TRADITIONAL_CHINESE);
        vm.kindProperty().set(DocumentKind.KANO_FORM);
        assertThat(vm.suggestedName()).startsWith(document.current().info().title().substring(0, 4)).endsWith(".kano-form.zh-TW.pdf");
        assertThat(vm.options().date()).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void thePreviewShowsTheFirstPagesOfTheChosenDocument() {
        vm.kindProperty().set(DocumentKind.REPORT);
        vm.refreshPreview();
        PdfPreview preview = vm.previewProperty().get();
        assertThat(preview.pages()).hasSize(PdfPreview.PAGES);
        assertThat(preview.count()).isGreaterThan(10);
        assertThat(vm.previewingProperty().get()).isFalse();
        vm.kindProperty().set(DocumentKind.FEEDBACK_CARD);
        vm.refreshPreview();
        assertThat(vm.previewProperty().get().count()).isEqualTo(1);
        assertThat(vm.previewProperty().get().pages().getFirst().getHeight()).as("portrait")
                .isGreaterThan(vm.previewProperty().get().pages().getFirst().getWidth());
    }

    @Test
    void thePreviewIsMadeAgainOnlyWhenTheWorkshopWasEditedSinceItWasMade() {
        vm.kindProperty().set(DocumentKind.ACTION_PLAN);
        vm.refreshPreview();
        PdfPreview first = vm.previewProperty().get();
        vm.refreshPreviewIfEdited();
        assertThat(vm.previewProperty().get()).as("nothing changed: the same preview").isSameAs(first);
        document.apply("rename", w -> w.withInfo(w.info().withTitle("\u65b0\u7684\u6807\u9898"))); // 新的标题
        vm.refreshPreviewIfEdited();
        assertThat(vm.previewProperty().get()).isNotSameAs(first);
        assertThat(vm.previewProperty().get().count()).isPositive();
    }

    @Test
    void charactersNoFontHasAreReportedByThePreviewAndTheExport() throws Exception {
        assertThat(vm.missingGlyphsProperty().get().isEmpty()).isTrue();
        vm.kindProperty().set(DocumentKind.ACTION_PLAN);
        document.apply("scripts", w -> ExportFixture.withForeignScripts(Language.TRADITIONAL_CHINESE));
        vm.refreshPreview();
        assertThat(vm.missingGlyphsProperty().get().characters()).contains(ExportFixture.EXT_B.codePointAt(0));

        document.apply("plain", w -> ExportFixture.create(Language.TRADITIONAL_CHINESE));
        vm.refreshPreview();
        assertThat(vm.missingGlyphsProperty().get().isEmpty()).as("the warning goes with the characters").isTrue();

        document.apply("scripts", w -> ExportFixture.withForeignScripts(Language.TRADITIONAL_CHINESE));
        Path file = folder.resolve("plan.pdf");
        vm.export(file);
        assertThat(vm.stateProperty().get()).isEqualTo(ExportViewModel.State.DONE);
        assertThat(file).exists();
        assertThat(vm.missingGlyphsProperty().get().places()).isNotEmpty();
    }

    @Test
    void anExportReportsProgressAndWritesTheFileInTheChosenLanguage() throws Exception {
        List<Double> steps = new ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> steps.add(b.doubleValue()));
        vm.languageProperty().set(Language.ENGLISH);
        Path file = folder.resolve("plan.pdf");
        vm.export(file);
        assertThat(vm.stateProperty().get()).isEqualTo(ExportViewModel.State.DONE);
        assertThat(vm.writtenProperty().get()).isEqualTo(file);
        assertThat(steps).hasSizeGreaterThan(3).last().isEqualTo(1.0);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void cancellingStopsTheExportAndLeavesNoFile() throws Exception {
        vm.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0) {
                vm.cancel();
            }
        });
        vm.kindProperty().set(DocumentKind.REPORT);
        Path file = folder.resolve("report.pdf");
        vm.export(file);
        assertThat(vm.stateProperty().get()).isEqualTo(ExportViewModel.State.CANCELLED);
        assertThat(file).doesNotExist();
        try (var left = Files.list(folder)) {
            assertThat(left).as("no temporary file left behind").isEmpty();
        }
    }

    @Test
    void aFolderThatIsGoneIsAFailureWithAMessage() {
        vm.export(folder.resolve("gone").resolve("plan.pdf"));
        assertThat(vm.stateProperty().get()).isEqualTo(ExportViewModel.State.FAILED);
        assertThat(vm.failureProperty().get()).hasMessageContaining("gone");
    }
}
