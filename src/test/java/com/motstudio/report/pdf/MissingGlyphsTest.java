package com.motstudio.report.pdf;

import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Characters the bundled font lacks: drawn with a font of the system when one has them, otherwise
 * left out and reported with where they stand; the PDF is written either way.
 */
class MissingGlyphsTest {
    private static final String EXT_B = ExportFixture.EXT_B;
    private static final String EMOJI = ExportFixture.EMOJI;
    private static final String ARABIC = ExportFixture.ARABIC;
    private static final String HEBREW = ExportFixture.HEBREW;
    private static final FallbackFonts SYSTEM = new FallbackFonts(FallbackFonts.SYSTEM_FOLDERS);

    @Test
    void theReportSaysWhichCharactersNoFontHasAndWhereTheyStandAndIsWrittenAllTheSame() throws Exception {
        Workshop w = ExportFixture.withForeignScripts(Language.ENGLISH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        MissingGlyphs missing = PdfExport.write(w, ExportOptions.of(DocumentKind.REPORT, Language.ENGLISH), out, ExportProgress.NONE);

        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            text = new PDFTextStripper().getText(pdf);
        }
        for (String s : List.of(EXT_B, EMOJI, ARABIC, HEBREW)) {
            for (int cp : s.codePoints().toArray()) {
                String c = Character.toString(cp);
                if (SYSTEM.forCodePoint(cp).isPresent()) {
                    assertThat(text).as("%s (U+%X) drawn with a font of the system", c, cp).contains(c);
                    assertThat(missing.characters()).doesNotContain(cp);
                } else {
                    assertThat(text).as("U+%X is in no font: left out", cp).doesNotContain(c);
                    assertThat(missing.characters()).as("U+%X reported", cp).contains(cp);
                }
            }
        }
        // no font of this machine (nor of a usual Linux or Windows) has the Extension B ideograph
        assertThat(missing.characters()).contains(EXT_B.codePointAt(0));
        Touchpoint tp = w.journey().touchpoint(w.keyMoments().moments().getFirst().touchpointId()).orElseThrow();
        Stage stage = w.journey().stageOf(tp.id()).orElseThrow();
        List<String> warning = missing.describe(new Texts(Language.ENGLISH));
        assertThat(warning.getFirst()).contains(missing.characters().size() + " character").contains("missing from the PDF");
        assertThat(warning).anySatisfy(line -> assertThat(line)
                .startsWith("Touchpoint \u2018" + tp.name() + "\u2019 (Journey \u25b8 Stage \u2018" + stage.name() + "\u2019): ")
                .contains(EXT_B));
        assertThat(warning).anySatisfy(line -> assertThat(line)
                .startsWith("Review round \u2018" + w.monitoring().rounds().getFirst().name() + "\u2019 (Monitoring): ").contains(EXT_B));
        assertThat(missing.places()).noneMatch(p -> p.path().isEmpty());
    }

    @Test
    void theWarningIsInTheLanguageAsked() {
        Workshop w = ExportFixture.withForeignScripts(Language.SIMPLIFIED_CHINESE);
        Touchpoint tp = w.journey().touchpoint(w.keyMoments().moments().getFirst().touchpointId()).orElseThrow();
        MissingGlyphs missing = MissingGlyphs.find(w, Set.of(EXT_B.codePointAt(0)));

        assertThat(missing.describe(new Texts(Language.SIMPLIFIED_CHINESE))).anySatisfy(l -> assertThat(l)
                .startsWith("触点“" + tp.name() + "”（客户旅程 ▸ 阶段“").endsWith("：" + EXT_B + " U+20000"));
        assertThat(missing.describe(new Texts(Language.TRADITIONAL_CHINESE))).anySatisfy(l -> assertThat(l)
                .startsWith("觸點「" + tp.name() + "」（顧客旅程 ▸ 階段「").endsWith("：" + EXT_B + " U+20000"));
        assertThat(MissingGlyphs.find(w, Set.of()).describe(new Texts(Language.ENGLISH))).isEmpty();
    }

    @Test
    void aCharacterInNoTextOfTheWorkshopIsReportedAsElsewhere() {
        MissingGlyphs missing = MissingGlyphs.find(ExportFixture.create(Language.ENGLISH), Set.of(EXT_B.codePointAt(0)));

        assertThat(missing.describe(new Texts(Language.ENGLISH))).containsExactly(
                "1 character could not be drawn with any font on this computer and is missing from the PDF:",
                "Elsewhere in the document: " + EXT_B + " U+20000");
    }

    /**
     * The machine's fonts have emoji, Arabic and Hebrew (Debian and Ubuntu: the package fonts-dejavu-core; CI
     * installs it), so the tests above see the fallback at work, not only the report.
     */
    @Test
    void theSystemHasAFallbackFontForEmojiArabicAndHebrew() {
        for (String s : List.of(EMOJI, ARABIC, HEBREW)) {
            assertThat(SYSTEM.forCodePoint(s.codePointAt(0))).as("a font for U+%X (install fonts-dejavu-core)", s.codePointAt(0))
                    .isPresent();
        }
    }
}
