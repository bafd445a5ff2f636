package com.motstudio.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An exported PDF read back with PDFBox (a test-only dependency): its text page by page and its
 * pages as images. {@code main} renders PDFs to PNGs to look at: {@code PdfPages dpi out file.pdf …}.
 */
final class PdfPages {
    private PdfPages() {}

    static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /**
     * The lines of text of pages from..to in the order they are written, one per baseline of a cell
     * or paragraph; the page frame of {@link #write} (its title "t", organisation "o" and the page
     * numbers) left out.
     */
    static List<String> lines(PDDocument document, int from, int to) throws IOException {
        List<String> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                lines.add(text.strip());
            }
        };
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        stripper.writeText(document, new StringWriter());
        return lines.stream().filter(l -> !l.isEmpty() && !l.equals("t") && !l.equals("o") && !l.contains("\u9875")).toList(); // 页
    }

    /** A zh-CN document of A4 pages with what {@code content} writes through {@link Pages}, as bytes. */
    static byte[] write(Consumer<Pages> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportOptions options = ExportOptions.of(DocumentKind.ACTION_PLAN, Language.SIMPLIFIED_CHINESE);
        try (Pages pages = new Pages(out, options, new Texts(Language.SIMPLIFIED_CHINESE), new Color(160, 40, 40),
                new Pages.Metadata("t", "a", "s", "o", false, false), ExportProgress.NONE)) {
            content.accept(pages);
        }
        return out.toByteArray();
    }

    static BufferedImage render(PDDocument document, int pageIndex, float dpi) throws IOException {
        return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
    }

    /** The share of pixels that are not (nearly) white: 0 for a blank page. */
    static double inked(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 3 * 235) {
                    inked++;
                }
            }
        }
        return (double) inked / ((long) image.getWidth() * image.getHeight());
    }

    public static void main(String[] args) throws IOException {
        float dpi = Float.parseFloat(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String name = file.getFileName().toString().replace(".pdf", "");
            int limit = args.length > 2 && System.getProperty("pages") != null ? Integer.parseInt(System.getProperty("pages")) : Integer.MAX_VALUE;
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                for (int p = 0; p < Math.min(limit, document.getNumberOfPages()); p++) {
                    ImageIO.write(render(document, p, dpi), "png", out.resolve(name + "-" + (p + 1) + ".png").toFile());
                }
            }
        }
    }
}
