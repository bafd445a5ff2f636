package com.motstudio.report.pdf;

import com.motstudio.report.BundledFont;
import com.motstudio.report.map.OutlinedShapes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The quicker paths of the PDF canvas draw what OpenPDF's own Graphics2D draws. */
class PdfCanvasTest {
    private static final Color FILL = new Color(253, 236, 220);
    private static final Color EDGE = new Color(220, 140, 50);
    private static final String TEXT = "\u7a97\u53e3\u53d7\u7406 Window 12"; // 窗口受理

    /** A card, a line of plain text and a line of bold text, at a scale and offset, like a part of the map. */
    private static void paint(Graphics2D g, boolean oneOperation) {
        g.translate(20, 30);
        g.scale(1.7, 1.7);
        RoundRectangle2D card = new RoundRectangle2D.Double(10, 10, 160, 60, 8, 8);
        BasicStroke stroke = new BasicStroke(1.5f);
        if (oneOperation) {
            OutlinedShapes.fillAndDraw(g, card, FILL, EDGE, stroke);
        } else {
            g.setColor(FILL);
            g.fill(card);
            g.setColor(EDGE);
            g.setStroke(stroke);
            g.draw(card);
        }
        g.setColor(Color.DARK_GRAY);
        g.setFont(BundledFont.of(11f));
        g.drawString(TEXT, 18f, 34f);
        g.setFont(BundledFont.of(11f).deriveFont(java.awt.Font.BOLD));
        g.drawString(TEXT, 18f, 56f);
        // a second card after the text: the stroke state OpenPDF keeps must still be right
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(3f));
        g.draw(new RoundRectangle2D.Double(10, 80, 160, 20, 8, 8));
        g.dispose();
    }

    @Test
    void aCardFilledAndOutlinedInOnePathLooksLikeOpenPdfsTwoAndTheTextIsTheSame() throws IOException {
        byte[] quick = pdf((template, fonts) -> paint(PdfCanvas.of(template, 400, 300, fonts), true));
        byte[] openPdf = pdf((template, fonts) -> paint(template.createGraphics(400, 300, fonts), false));
        try (PDDocument a = Loader.loadPDF(quick); PDDocument b = Loader.loadPDF(openPdf)) {
            assertThat(new PDFTextStripper().getText(a)).isEqualTo(new PDFTextStripper().getText(b)).contains("\u7a97\u53e3\u53d7\u7406");
            BufferedImage left = PdfPages.render(a, 0, 100);
            BufferedImage right = PdfPages.render(b, 0, 100);
            assertThat(PdfPages.inked(left)).as("something is drawn").isGreaterThan(0.01);
            assertThat(differing(left, right)).as("pixels that differ by more than a shade").isLessThan(40);
        }
        assertThat(quick.length).as("the path is written once, not twice").isLessThan(openPdf.length);
    }

    private static int differing(BufferedImage a, BufferedImage b) {
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = Math.abs(((p >> 16) & 0xff) - ((q >> 16) & 0xff)) + Math.abs(((p >> 8) & 0xff) - ((q >> 8) & 0xff))
                        + Math.abs((p & 0xff) - (q & 0xff));
                if (d > 48) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private interface Drawing {
        void paint(PdfTemplate template, PdfFonts fonts);
    }

    private static byte[] pdf(Drawing drawing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCompressionLevel(0);
        document.open();
        PdfFonts fonts = new PdfFonts();
        PdfTemplate template = writer.getDirectContent().createTemplate(400, 300);
        drawing.paint(template, fonts);
        document.add(Image.getInstance(template));
        document.close();
        return out.toByteArray();
    }
}
