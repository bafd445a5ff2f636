package com.motstudio.cli;

import com.motstudio.model.Workshop;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export}: documents written with no display, and a clear message and exit code for each thing that can be wrong. */
class ExportCommandTest {
    @TempDir
    Path folder;

    private Path workshop;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void saveWorkshop() throws Exception {
        Workshop w = ExportFixture.create(Language.SIMPLIFIED_CHINESE);
        workshop = folder.resolve("hall.mot.json");
        new WorkshopStore().save(w, workshop, null);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandLineMain.run(args, new Texts(Language.ENGLISH), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void writesTheActionPlanInTheChosenLanguageAndPaper() throws Exception {
        Path pdf = folder.resolve("plan.pdf");
        assertThat(run("export", "--document", "action-plan", "--lang", "zh-TW", "--paper", "letter", "--date", "2026-04-01",
                "--out", pdf.toString(), workshop.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains(pdf.toString());
        String text = text(pdf);
        assertThat(text).contains(new Texts(Language.TRADITIONAL_CHINESE).get("export.plan.signOff")).contains("2026-04-01");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }

    @Test
    void charactersNoFontHasAreAWarningThatSaysWhereAndThePdfIsWritten() throws Exception {
        Workshop w = ExportFixture.withForeignScripts(Language.ENGLISH);
        Path file = folder.resolve("scripts.mot.json");
        new WorkshopStore().save(w, file, null);
        Path pdf = folder.resolve("scripts.pdf");

        assertThat(run("export", "-d", "report", "-o", pdf.toString(), file.toString())).as("written: not an error").isZero();

        assertThat(pdf).exists();
        assertThat(out.toString()).contains(pdf.toString());
        String[] lines = err.toString().split("\\R");
        assertThat(lines[0]).startsWith("Warning: ").contains("missing from the PDF");
        String round = w.monitoring().rounds().getFirst().name();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  Touchpoint \u2018").contains("(Journey \u25b8 Stage \u2018")
                .endsWith(ExportFixture.EXT_B + " U+20000"));
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo("  Review round \u2018" + round + "\u2019 (Monitoring): " + ExportFixture.EXT_B + " U+20000"));
        assertThat(text(pdf)).doesNotContain(ExportFixture.EXT_B);
    }

    @Test
    void withoutOutAndLangTheFileGoesBesideTheWorkshopInItsLanguage() throws Exception {
        assertThat(run("export", "-d", "handouts", workshop.toString())).isZero();
        Path pdf = folder.resolve("hall.handouts.zh-CN.pdf");
        assertThat(pdf).exists();
        assertThat(text(pdf)).contains(new Texts(Language.SIMPLIFIED_CHINESE).get("export.handout.servqual"));
    }

    @Test
    void tenWorkshopsInOneScriptAreTenCalls() throws Exception {
        for (int i = 0; i < 10; i++) {
            Path copy = folder.resolve("hall" + i + ".mot.json");
            Files.copy(workshop, copy);
            assertThat(run("export", "-d", "feedback-card", "-l", "en", copy.toString())).isZero();
        }
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".feedback-card.en.pdf")).count()).isEqualTo(10);
        }
    }

    @Test
    void helpListsTheDocumentsAndExitCodes() {
        assertThat(run("export", "--help")).isZero();
        assertThat(out.toString()).contains("action-plan", "servqual-form", "--lang", "--paper", "3");
    }

    @Test
    void aWrongDocumentLanguagePaperOrDateIsAUsageError() {
        assertThat(run("export", "-d", "plan", workshop.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("\"plan\"", "action-plan");
        assertThat(run("export", "-d", "report", "-l", "fr", workshop.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("\"fr\"", "zh-TW");
        assertThat(run("export", "-d", "report", "--paper", "a3", workshop.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("\"a3\"");
        assertThat(run("export", "-d", "report", "--date", "14.3.2026", workshop.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("14.3.2026");
        assertThat(run("export", workshop.toString())).as("no --document").isEqualTo(2);
        assertThat(run("export", "-d", "report")).as("no file").isEqualTo(2);
        assertThat(run("export", "-d", "report", "-o", folder.toString(), workshop.toString())).as("out is a folder").isEqualTo(2);
        assertThat(err.toString()).contains("folder");
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".pdf")).count()).as("nothing written").isZero();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aMissingOrDamagedFileIsRefusedWithItsProblems() throws Exception {
        assertThat(run("export", "-d", "report", folder.resolve("none.mot.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("none.mot.json");
        Path damaged = folder.resolve("damaged.mot.json");
        Files.writeString(damaged, "{\"format\": \"mot-studio-workshop\", \"formatVersion\": 1, \"info\": ", StandardCharsets.UTF_8);
        assertThat(run("export", "-d", "report", damaged.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("damaged.mot.json");
        assertThat(folder.resolve("damaged.report.zh-CN.pdf")).doesNotExist();
    }

    @Test
    void aFolderThatDoesNotExistIsAWriteFailure() {
        Path target = folder.resolve("missing").resolve("plan.pdf");
        assertThat(run("export", "-d", "action-plan", "-o", target.toString(), workshop.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("does not exist");
    }
}
