package com.motstudio.report.pdf;

import com.motstudio.model.ActionStatus;
import com.motstudio.model.ActionType;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.Plan;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.model.Journey;
import com.motstudio.store.ServqualItems;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How documents break across pages: tables repeat their headers, long cells wrap, a wide map is split and never shrunk below its minimum text. */
class PdfLayoutTest {
    @Test
    void aTableRunningOverPagesRepeatsItsHeaderOnEachAndWrapsLongCells() throws IOException {
        Language language = Language.SIMPLIFIED_CHINESE;
        Texts t = new Texts(language);
        Workshop w = ExportFixture.create(language);
        String moment = w.keyMoments().moments().getFirst().id();
        String longTitle = "为每个高频事项编制一次性告知单".repeat(6);
        List<ImprovementAction> actions = new ArrayList<>(w.plan().actions());
        for (int i = 0; i < 70; i++) {
            actions.add(new ImprovementAction("ac-x" + i, "行动" + i + longTitle, ActionType.TRAINING, "", List.of(moment), List.of(),
                    "李敏", "综合受理科", ExportFixture.DAY, ExportFixture.DAY.plusDays(i), null, null, "", ActionStatus.PLANNED));
        }
        w = w.withPlan(new Plan(w.plan().standards(), actions, w.plan().kpis()));
        byte[] pdf = PdfExportTest.export(w, ExportOptions.of(DocumentKind.ACTION_PLAN, language).withDate(ExportFixture.DAY));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Integer> pagesWithRows = new ArrayList<>();
            int timeline = timelinePage(document, t);
            for (int p = 1; p < timeline; p++) {
                String text = PdfPages.text(document, p);
                if (text.contains(longTitle.substring(0, 8))) {
                    pagesWithRows.add(p);
                    assertThat(text).as("page %d repeats the header", p).contains(t.get("export.col.owner"))
                            .contains(t.get("export.col.department"));
                }
            }
            assertThat(pagesWithRows).as("the actions of the first moment run over several pages").hasSizeGreaterThanOrEqualTo(3);
            String last = PdfExportTest.squeeze(PdfPages.text(document, pagesWithRows.getLast()));
            assertThat(last).as("a long title wraps inside its cell and is printed whole").contains("行动69" + longTitle);
        }
    }

    @Test
    void theServqualFormContinuesWithItsHeaderOnTheNextPage() throws IOException {
        Language language = Language.TRADITIONAL_CHINESE;
        Texts t = new Texts(language);
        byte[] pdf = PdfExportTest.export(ExportFixture.create(language), ExportOptions.of(DocumentKind.SERVQUAL_FORM, language));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String second = PdfPages.text(document, 2);
            assertThat(second).contains(t.get("export.handout.expectation")).contains(t.get("export.col.item"))
                    .contains(t.format("export.csv.perception", ServqualItems.COUNT));
        }
    }

    @Test
    void aMapWiderThanAPageIsSplitWithLaneTitlesOnEveryPageAndTextNoSmallerThanTheMinimum() throws IOException {
        Language language = Language.ENGLISH;
        Texts t = new Texts(language);
        Workshop w = ExportFixture.create(language);
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            List<Touchpoint> touchpoints = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                touchpoints.add(Touchpoint.named("tp-" + s + "-" + i, "Step " + s + "." + i).withEmotion(w.customerTypes().getFirst().id(), i - 2));
            }
            stages.add(new Stage("st-" + s, "Stage " + s, "", touchpoints));
        }
        w = w.withJourney(new Journey(stages));
        byte[] pdf = PdfExportTest.export(w, ExportOptions.of(DocumentKind.REPORT, language));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Integer> mapPages = new ArrayList<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                if (PdfPages.text(document, p).contains("Step ")) {
                    mapPages.add(p);
                }
            }
            String touchpointsLane = t.get("map.lane.touchpoints");
            assertThat(mapPages.size()).as("map pages").isGreaterThanOrEqualTo(3);
            for (int p : mapPages.subList(0, mapPages.size() - 1)) {
                assertThat(PdfPages.text(document, p)).as("lane titles on page %d", p).contains(touchpointsLane);
            }
            for (int s = 0; s < 12; s++) {
                String stage = "Stage " + s;
                assertThat(mapPages.stream().anyMatch(p -> text(document, p).contains(stage))).as(stage + " printed").isTrue();
            }
            assertThat(smallestText(document, mapPages.getFirst())).isGreaterThanOrEqualTo(MapPages.MIN_TEXT - 0.05f);
        }
    }

    @Test
    void aMapWhoseLanesAreTallerThanAPageIsAlsoCutBetweenLanesAndKeepsTheMinimumTextSize() throws IOException {
        Language language = Language.ENGLISH;
        Texts t = new Texts(language);
        Workshop workshop = ExportFixture.create(language);
        String pain = workshop.journey().touchpoints().stream().flatMap(tp -> tp.painPoints().stream()).findFirst().orElseThrow();
        String painStart = pain.substring(0, Math.min(6, pain.length()));
        byte[] pdf = PdfExportTest.export(workshop, ExportOptions.of(DocumentKind.REPORT, language));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int map = chapterPage(document, t.get("export.report.map"));
            int curves = chapterPage(document, t.get("export.report.curves"));
            int upper = 0;
            int lower = 0;
            for (int p = map; p < curves; p++) {
                String text = PdfPages.text(document, p);
                assertThat(smallestText(document, p)).as("text size on page %d", p).isGreaterThanOrEqualTo(MapPages.MIN_TEXT - 0.05f);
                if (text.contains(t.get("map.lane.emotions"))) {
                    upper++;
                }
                if (!text.contains(t.get("map.lane.painPoints"))) {
                    // a part cut above the pain points does not write them hidden under its clip
                    assertThat(text).as("page %d of upper lanes", p).doesNotContain(painStart);
                }
                if (text.contains(t.get("map.lane.painPoints"))) {
                    lower++;
                    assertThat(text).as("the lower lanes repeat the stage header").contains(t.get("map.lane.stages"));
                }
            }
            assertThat(upper).as("pages with the upper lanes").isEqualTo(lower).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void pagesAreLandscapeWhereTheyMustBeAndAsChosenElsewhere() throws IOException {
        Language language = Language.SIMPLIFIED_CHINESE;
        Workshop w = ExportFixture.create(language);
        ExportOptions letter = ExportOptions.of(DocumentKind.ACTION_PLAN, language).withPaper(Paper.LETTER);
        try (PDDocument portrait = Loader.loadPDF(PdfExportTest.export(w, letter));
             PDDocument landscape = Loader.loadPDF(PdfExportTest.export(w, letter.withLandscape(true)));
             PDDocument handouts = Loader.loadPDF(PdfExportTest.export(w, ExportOptions.of(DocumentKind.HANDOUTS, language)))) {
            assertThat(portrait.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(portrait.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            assertThat(landscape.getPage(0).getMediaBox().getWidth()).isEqualTo(792f);
            assertThat(landscape.getPage(0).getRotation()).isZero();
            assertThat(handouts.getPage(0).getMediaBox().getWidth()).as("the canvas").isGreaterThan(handouts.getPage(0).getMediaBox().getHeight());
            var last = handouts.getPage(handouts.getNumberOfPages() - 1).getMediaBox();
            assertThat(last.getHeight()).as("the feedback cards").isGreaterThan(last.getWidth());
        }
    }

    private static int chapterPage(PDDocument document, String title) throws IOException {
        for (var item : document.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals(title)) {
                return document.getPages().indexOf(item.findDestinationPage(document)) + 1;
            }
        }
        throw new AssertionError("no " + title + " in the outline");
    }

    /** The page the timeline chapter starts on (1-based), from the outline. */
    private static int timelinePage(PDDocument document, Texts t) throws IOException {
        for (var item : document.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals(t.get("export.plan.timeline"))) {
                return document.getPages().indexOf(item.findDestinationPage(document)) + 1;
            }
        }
        throw new AssertionError("no timeline in the outline");
    }

    private static String text(PDDocument document, int page) {
        try {
            return PdfPages.text(document, page);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The smallest text size on a page, in points as printed. Text drawn through PdfGraphics2D carries
     * its scale in the matrix, so sizes are read from glyph heights against the 8-point page frame.
     */
    private static float smallestText(PDDocument document, int page) throws IOException {
        float[] smallest = {Float.MAX_VALUE};
        float[] frame = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    smallest[0] = Math.min(smallest[0], text.getHeight());
                    if (text.getFontSizeInPt() == 8f) {
                        frame[0] = text.getHeight();
                    }
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        assertThat(frame[0]).as("the 8-point page frame is on the page").isPositive();
        return smallest[0] / frame[0] * 8f;
    }
}
