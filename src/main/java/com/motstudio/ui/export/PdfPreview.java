package com.motstudio.ui.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The first pages of an exported PDF as pictures, rendered from the very bytes that would be saved
 * (with PDFBox: OpenPDF writes PDFs but cannot draw them), so the preview cannot differ from the file.
 *
 * @param pages the first pages, as rendered
 * @param count how many pages the whole document has
 */
record PdfPreview(List<BufferedImage> pages, int count) {
    static final int PAGES = 3;
    static final float DPI = 48f;

    PdfPreview {
        pages = List.copyOf(pages);
    }

    static PdfPreview of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < Math.min(PAGES, document.getNumberOfPages()); i++) {
                pages.add(renderer.renderImageWithDPI(i, DPI, ImageType.RGB));
            }
            return new PdfPreview(pages, document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
