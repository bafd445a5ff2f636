package com.motstudio.report.pdf;

import com.motstudio.model.Workshop;
import com.motstudio.report.BundledFont;
import com.motstudio.store.ServqualItems;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every document in every language for the government-hall template with data in every step: the
 * PDF parses, has its outline, metadata and embedded subset fonts, its text holds the headings and
 * the workshop's values (in Chinese for a Chinese export), and no page is blank.
 */
class PdfExportTest {
    private static final Map<Language, Workshop> WORKSHOPS = new EnumMap<>(Language.class);

    static Stream<Arguments> documents() {
        List<Arguments> all = new ArrayList<>();
        for (Language language : Language.values()) {
            for (DocumentKind kind : DocumentKind.values()) {
                all.add(Arguments.of(kind, language));
            }
        }
        return all.stream();
    }

    static byte[] export(Workshop workshop, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.write(workshop, options, out, ExportProgress.NONE);
        return out.toByteArray();
    }

    static Workshop workshop(Language language) {
        return WORKSHOPS.computeIfAbsent(language, ExportFixture::create);
    }

    /** The chapter titles the outline lists, in order. */
    static List<String> chapters(DocumentKind kind, Texts t) {
        List<String> plan = List.of("export.plan.summary", "export.plan.moments", "export.plan.details", "export.plan.timeline",
                "export.plan.signOff");
        List<String> keys = switch (kind) {
            case ACTION_PLAN -> plan;
            case REPORT -> List.of("export.plan.summary", "export.report.map", "export.report.curves", "export.report.scoring",
                    "export.report.evidence", "export.plan.moments", "export.plan.details", "export.plan.timeline",
                    "export.monitoring", "export.plan.signOff");
            case HANDOUTS -> List.of("export.handout.canvas", "export.handout.traits", "export.handout.servqual",
                    "export.handout.kano", "export.handout.audit", "export.handout.feedback");
            case MAP_CANVAS -> List.of("export.handout.canvas");
            case TRAIT_SHEET -> List.of("export.handout.traits");
            case SERVQUAL_FORM -> List.of("export.handout.servqual");
            case KANO_FORM -> List.of("export.handout.kano");
            case AUDIT_FORM -> List.of("export.handout.audit");
            case FEEDBACK_CARD -> List.of("export.handout.feedback");
        };
        return keys.stream().map(t::get).toList();
    }

    /** Values from the workshop the document must print. */
    static List<String> values(DocumentKind kind, Workshop w, Language language) {
        ExportFixture.Words words = ExportFixture.words(language);
        String moment = w.journey().touchpoint(w.keyMoments().moments().getFirst().touchpointId()).orElseThrow().name();
        return switch (kind) {
            case ACTION_PLAN, REPORT -> List.of(w.info().title(), moment, words.actions()[0], words.kpi() + " 1", words.items()[1],
                    words.department(), words.facilitator());
            case HANDOUTS -> List.of(w.journey().stages().getFirst().name(), words.items()[0],
                    w.keyMoments().kano().needs().getFirst().functionalQuestion());
            case MAP_CANVAS -> List.of(w.journey().stages().getLast().name());
            case TRAIT_SHEET -> List.of(w.journey().touchpoints().getLast().name());
            case SERVQUAL_FORM -> List.of(ServqualItems.items(language).getLast().text());
            case KANO_FORM -> List.of(w.keyMoments().kano().needs().getLast().dysfunctionalQuestion());
            case AUDIT_FORM -> List.of(words.items()[2], words.criteria()[0]);
            case FEEDBACK_CARD -> List.of(moment, words.organization());
        };
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("documents")
    void documentHasOutlineMetadataFontsTextAndNoBlankPage(DocumentKind kind, Language language) throws Exception {
        Texts t = new Texts(language);
        Workshop w = workshop(language);
        byte[] pdf = export(w, ExportOptions.of(kind, language).withDate(ExportFixture.DAY));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(chapters(kind, t).size());
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
                assertThat(item.findDestinationPage(document)).as("bookmark %s points at a page", item.getTitle()).isNotNull();
            }
            assertThat(outline).containsExactlyElementsOf(chapters(kind, t));
            assertThat(document.getDocumentInformation().getTitle()).startsWith(t.get("export.document." + kind.name()))
                    .contains(w.info().title());
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo(w.info().facilitator());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language.tag());
            assertFontsEmbeddedAsIdentityHSubsets(document);
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                String text = PdfPages.text(document, p);
                assertThat(BundledFont.of(10).canDisplayUpTo(text.replaceAll("[\\r\\n\\t]", ""))).as("page %d has glyphs the font lacks", p)
                        .isEqualTo(-1);
                all.append(text);
                assertThat(PdfPages.inked(PdfPages.render(document, p - 1, 24))).as("ink on page %d", p).isGreaterThan(0.002);
            }
            String text = squeeze(all.toString());
            for (String heading : chapters(kind, t)) {
                assertThat(text).contains(squeeze(heading));
            }
            for (String value : values(kind, w, language)) {
                assertThat(text).as("the document prints %s", value).contains(squeeze(value));
            }
            if (kind.isHandout()) {
                assertThat(text).doesNotContain("!export.");
            } else {
                assertThat(text).contains(squeeze(t.format("export.page", 2, pages)));
            }
        }
    }

    static void assertFontsEmbeddedAsIdentityHSubsets(PDDocument document) {
        List<COSObject> fonts = document.getDocument().getObjectsByType(COSName.FONT);
        assertThat(fonts).isNotEmpty();
        for (COSObject object : fonts) {
            COSDictionary font = (COSDictionary) object.getObject();
            if (!COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))) {
                continue;
            }
            assertThat(font.getNameAsString(COSName.ENCODING)).isEqualTo("Identity-H");
            assertThat(font.getNameAsString(COSName.BASE_FONT)).matches("[A-Z]{6}\\+.*");
            COSDictionary descendant = (COSDictionary) font.getCOSArray(COSName.DESCENDANT_FONTS).getObject(0);
            COSDictionary descriptor = descendant.getCOSDictionary(COSName.FONT_DESC);
            assertThat(descriptor.containsKey(COSName.FONT_FILE2) || descriptor.containsKey(COSName.FONT_FILE3))
                    .as("font file embedded").isTrue();
            assertThat(font.containsKey(COSName.TO_UNICODE)).as("text can be extracted").isTrue();
        }
        assertThat(fonts.stream().map(o -> ((COSDictionary) o.getObject()).getCOSName(COSName.SUBTYPE).getName()
                + " " + ((COSDictionary) o.getObject()).getNameAsString(COSName.BASE_FONT)))
                .as("only the bundled font, as Type 0 with its CID font").allMatch(f -> f.matches("(Type0|CIDFontType2) [A-Z]{6}\\+NotoSansSC.*"));
    }
}
