package com.motstudio.report.map;

import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGraphics2D;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A part of the map cut between lanes (as the PDF prints a tall map) writes only the lanes it shows, not the others hidden under its clip. */
class MapPartPaintTest {
    @Test
    void aPartAboveThePainPointsWritesNoneOfThemAndThePartBelowWritesThemAndNoChips() {
        Workshop workshop = SampleJourney.create();
        JourneyMap map = new MapLayout().layout(workshop, MapOptions.of(new Texts(Language.SIMPLIFIED_CHINESE),
                List.of(SampleJourney.CITIZEN)));
        Set<String> painLines = new HashSet<>();
        Set<String> chipLines = new HashSet<>();
        for (StageColumn stage : map.stages) {
            for (TouchpointColumn column : stage.columns) {
                column.pains.forEach(note -> painLines.addAll(note.text().lines()));
                chipLines.addAll(column.name.lines());
            }
        }
        double cut = map.laneBounds(Lane.PAIN_POINTS).getMinY() - 1;
        List<String> upper = written(map, new Rectangle2D.Double(0, 0, map.width(), cut));
        List<String> lower = written(map, new Rectangle2D.Double(0, cut, map.width(), map.legendTop() - cut));
        assertThat(painLines).isNotEmpty();
        assertThat(upper).as("upper part").containsAnyElementsOf(chipLines).doesNotContainAnyElementsOf(painLines);
        assertThat(lower).as("lower part").containsAnyElementsOf(painLines).doesNotContainAnyElementsOf(chipLines);
    }

    /** The strings painting the map under the clip writes into a PDF drawing. */
    private static List<String> written(JourneyMap map, Rectangle2D clip) {
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
        document.open();
        List<String> strings = new ArrayList<>();
        Recording g = new Recording(writer.getDirectContent().createTemplate((float) map.width(), (float) map.height()),
                (float) map.width(), (float) map.height(), strings);
        g.setClip(clip);
        MapPainter.paint(g, map, null);
        g.dispose();
        return strings;
    }

    /** Records the strings drawn (and draws none), also through the graphics it creates. */
    private static final class Recording extends PdfGraphics2D {
        private final List<String> strings;

        Recording(PdfContentByte content, float width, float height, List<String> strings) {
            super(content, width, height);
            this.strings = strings;
        }

        private Recording(Recording parent) {
            super(parent);
            this.strings = parent.strings;
        }

        @Override
        protected PdfGraphics2D createChild() {
            return new Recording(this);
        }

        @Override
        public void drawString(String s, float x, float y) {
            strings.add(s);
        }
    }
}
