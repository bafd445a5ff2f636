package com.motstudio.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
