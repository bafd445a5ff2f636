package com.motstudio.report.pdf;

import com.motstudio.report.BundledFont;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfContentByte;

import java.awt.Color;
import java.text.Bidi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bundled Noto Sans SC as a PDF font: embedded as a subset (only the glyphs used), written with
 * Identity-H so every Chinese character is kept and can be searched and copied. The same file is the
 * Java2D font of the charts and the map, so text measured by Java2D fits when the PDF draws it.
 *
 * <p>Text the bundled font cannot draw all of is split into {@link Run runs}: a character it lacks
 * is drawn with the first {@link FallbackFonts fallback font} that has it, and when none has it,
 * left out and remembered in {@link #missing()} so the export can say so. Text the bundled font
 * covers (nearly all) costs one table look-up per character, and nothing else.
 */
final class PdfFonts implements FontMapper {
    private static volatile byte[] bytes;
    /** The characters of the basic plane the bundled font has, read from it once. */
    private static volatile BitSet bundledPlane;
    private static final FallbackFonts SYSTEM = new FallbackFonts(FallbackFonts.SYSTEM_FOLDERS);

    private final BaseFont base;
    private final BitSet plane;
    private final FallbackFonts fallback;
    private final Set<Integer> missing = new TreeSet<>();

    /** A piece of text and the font that draws it. */
    record Run(String text, BaseFont font) {}

    PdfFonts() {
        this(SYSTEM);
    }

    PdfFonts(FallbackFonts fallback) {
        this.fallback = fallback;
        try {
            base = BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes(), null);
            base.setSubset(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        plane = plane(base);
    }

    private static BitSet plane(BaseFont base) {
        BitSet read = bundledPlane;
        if (read == null) {
            read = new BitSet(0x10000);
            for (int c = 0; c < 0x10000; c++) {
                if (base.charExists(c)) {
                    read.set(c);
                }
            }
            bundledPlane = read;
        }
        return read;
    }

    /** Whether the bundled font draws every character of the text (characters that draw nothing count as drawn). */
    boolean covers(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!plane.get(c) && !Character.isWhitespace(c) && !Character.isISOControl(c)) {
                return covers(text, i);
            }
        }
        return true;
    }

    /** The slow part of {@link #covers(String)}: from the first character not in the table on. */
    private boolean covers(String text, int from) {
        for (int i = from; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!bundledHas(cp) && !drawsNothing(cp)) {
                return false;
            }
        }
        return true;
    }

    private boolean bundledHas(int cp) {
        return cp < 0x10000 ? plane.get(cp) : base.charExists(cp);
    }

    /**
     * Controls, joiners, variation selectors and other format characters: no font needs a glyph for
     * them, so they never make text missing; they stay with the run they are in.
     */
    private static boolean drawsNothing(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || type == Character.CONTROL || type == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /**
     * The text as runs of one font each: the bundled font where it has the character, else the
     * first fallback font that has it; a character no font has is left out and remembered.
     */
    List<Run> runs(String logical) {
        String text = visualOrder(logical);
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        BaseFont current = base;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            BaseFont font;
            if (bundledHas(cp) || drawsNothing(cp)) {
                font = bundledHas(cp) || current == null ? base : current;
            } else {
                font = fallback.forCodePoint(cp).orElse(null);
                if (font == null) {
                    synchronized (missing) {
                        missing.add(cp);
                    }
                    continue;
                }
            }
            if (font != current && !run.isEmpty()) {
                runs.add(new Run(run.toString(), current));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(cp);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(run.toString(), current));
        }
        return runs;
    }

    /**
     * Shows a line of text where the text object stands (its font the bundled one at {@code size}),
     * switching to fallback fonts for the runs that need one and back after.
     */
    void show(PdfContentByte cb, String text, float size) {
        if (covers(text)) {
            cb.showText(text);
            return;
        }
        for (Run run : runs(text)) {
            cb.setFontAndSize(run.font(), size);
            cb.showText(run.text());
        }
        cb.setFontAndSize(base, size);
    }

    /** {@link PdfContentByte#showTextAligned} (no rotation) with the runs of {@link #show}. */
    void showAligned(PdfContentByte cb, int alignment, String text, float x, float y, float size) {
        if (covers(text)) {
            cb.showTextAligned(alignment, text, x, y, 0);
            return;
        }
        List<Run> runs = runs(text);
        float width = 0;
        for (Run run : runs) {
            width += run.font().getWidthPoint(run.text(), size);
        }
        float at = alignment == PdfContentByte.ALIGN_RIGHT ? x - width : alignment == PdfContentByte.ALIGN_CENTER ? x - width / 2 : x;
        for (Run run : runs) {
            cb.setFontAndSize(run.font(), size);
            cb.showTextAligned(PdfContentByte.ALIGN_LEFT, run.text(), at, y, 0);
            at += run.font().getWidthPoint(run.text(), size);
        }
        cb.setFontAndSize(base, size);
    }

    /**
     * Right-to-left text (Hebrew, Arabic) in the order it is drawn, left to right: the PDF draws
     * characters in the order given. Letters are not joined (Arabic shows its isolated forms).
     */
    static String visualOrder(String text) {
        char[] chars = text.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return text;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_LEFT_TO_RIGHT); // the documents are left to right
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] pieces = new String[count];
        for (int r = 0; r < count; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            String piece = text.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            pieces[r] = (levels[r] & 1) == 1 ? new StringBuilder(piece).reverse().toString() : piece;
        }
        Bidi.reorderVisually(levels, 0, pieces, 0, count);
        return String.join("", pieces);
    }

    /** The characters left out of the document so far because no font could draw them, in code point order. */
    Set<Integer> missing() {
        synchronized (missing) {
            return new TreeSet<>(missing);
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
