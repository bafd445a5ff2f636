package com.motstudio.report.pdf;

import com.motstudio.report.BundledFont;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Noto Sans SC as a PDF font: embedded as a subset (only the glyphs used), written with
 * Identity-H so every Chinese character is kept and can be searched and copied. The same file is the
 * Java2D font of the charts and the map, so text measured by Java2D fits when the PDF draws it.
 */
final class PdfFonts implements FontMapper {
    private static volatile byte[] bytes;

    private final BaseFont base;

    PdfFonts() {
        try {
            base = BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes(), null);
            base.setSubset(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] fontBytes() throws IOException {
        byte[] read = bytes;
        if (read == null) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(BundledFont.RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing from the build: " + BundledFont.RESOURCE);
                }
                read = in.readAllBytes();
            }
            bytes = read;
        }
        return read;
    }

    BaseFont base() {
        return base;
    }

    Font font(float size) {
        return new Font(base, size, Font.NORMAL, Color.BLACK);
    }

    Font font(float size, Color colour) {
        return new Font(base, size, Font.NORMAL, colour);
    }

    /** Every Java2D font is drawn with the bundled one: the drawings never ask for another. */
    @Override
    public BaseFont awtToPdf(java.awt.Font font) {
        return base;
    }

    @Override
    public java.awt.Font pdfToAwt(BaseFont font, int size) {
        return BundledFont.of(size);
    }
}
