package com.motstudio.report.pdf;

import com.motstudio.report.BundledFont;
import com.motstudio.report.map.OutlinedShapes;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGraphics2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Java2D canvas of a drawing in a PDF: OpenPDF's {@link PdfGraphics2D} with a quicker way to
 * write a line of plain or bold text (no italic, width, transform, underline or link), and to fill
 * and outline a shape in one path. It writes the operators OpenPDF writes: font and size, text
 * matrix, for bold OpenPDF's emboldening, the text, and for a font other than the bundled one the
 * character spacing that makes the PDF's glyph widths add up to the width Java2D measured.
 * What it saves is OpenPDF's per-call work that does not change between calls: copying the font's
 * attribute map twice, deriving a 1000-point font to measure with, the composite-font check and,
 * for the bundled font, measuring the string twice and looking up each character's glyph to
 * know whether the font has it. Anything else goes to OpenPDF unchanged.
 */
final class PdfCanvas extends PdfGraphics2D implements OutlinedShapes {
    /** A path with no segments: filling it writes the fill colour and nothing else. */
    private static final Path2D NOTHING = new Path2D.Double();

    /** Java's logical fonts are composites of several files: OpenPDF draws those itself. */
    private static final java.util.Set<String> LOGICAL = java.util.Set.of("Dialog", "DialogInput", "Monospaced", "Serif", "SansSerif");

    /** The family of the bundled font, the file {@link PdfFonts} embeds. */
    private static final String BUNDLED_FAMILY = BundledFont.of(1f).getFamily(Locale.ROOT);

    private final PdfFonts fonts;
    private final BaseFont base;
    private final float height;
    /** Shared by a canvas and its children: per Java2D font, how its plain text is written ({@link #NOT_PLAIN} when not). */
    private final Map<Font, Plain> measuring;

    /**
     * A plain font: its 1000-point measuring font, and whether it is the bundled one (asked once:
     * a font's family is looked up in its name table each time).
     */
    private record Plain(Font measure, boolean bundled, boolean bold) {}

    private static final Plain NOT_PLAIN = new Plain(null, false, false);

    PdfCanvas(PdfContentByte content, float width, float height, PdfFonts fonts) {
        super(content, width, height, fonts, false, false, 0);
        this.fonts = fonts;
        this.base = fonts.base();
        this.height = height;
        this.measuring = new HashMap<>();
    }

    private PdfCanvas(PdfCanvas parent) {
        super(parent);
        this.fonts = parent.fonts;
        this.base = parent.base;
        this.height = parent.height;
        this.measuring = parent.measuring;
    }

    @Override
    protected PdfGraphics2D createChild() {
        return new PdfCanvas(this);
    }

    @Override
    public void drawString(String s, float x, float y) {
        Font font = getFont();
        if (font != null && !fonts.covers(s)) {
            drawRuns(s, x, y, font);
            return;
        }
        if (font == null || s.length() < 2 || underline || getRenderingHint(HyperLinkKey.KEY_INSTANCE) != HyperLinkKey.VALUE_HYPERLINKKEY_OFF) {
            super.drawString(s, x, y);
            return;
        }
        Plain plain = measuring.computeIfAbsent(font, PdfCanvas::plain);
        Font measure = plain.measure();
        boolean bundled = plain.bundled();
        // every drawing is written in the bundled font (PdfFonts maps every Java2D font to it), which covers s
        if (measure == null || (!bundled && font.canDisplayUpTo(s) != -1)) {
            super.drawString(s, x, y);
            return;
        }
        if (plain.bold()) {
            if (!(getPaint() instanceof Color colour) || colour.getAlpha() != 255) {
                super.drawString(s, x, y);
                return;
            }
            fill(NOTHING);
            PdfContentByte cb = getContent();
            cb.saveState(); // the stroke of the emboldening, undone after the text
            cb.setColorStroke(colour);
            writeText(s, x, y, font.getSize2D(), base, true, measure);
            cb.restoreState();
            return;
        }
        fill(NOTHING); // the fill colour and opacity, as OpenPDF sets them before text
        writeText(s, x, y, font.getSize2D(), base, false, bundled ? null : measure);
    }

    /**
     * Text the bundled font cannot draw all of: its runs one after the other, those of the bundled
     * font as any text, the others plain in their fallback font (what no font has is left out).
     */
    private void drawRuns(String s, float x, float y, Font font) {
        float at = x;
        float size = font.getSize2D();
        for (PdfFonts.Run run : fonts.runs(s)) {
            if (run.font() == base) {
                drawString(run.text(), at, y);
                at += (float) font.getStringBounds(run.text(), getFontRenderContext()).getWidth();
            } else {
                fill(NOTHING);
                writeText(run.text(), at, y, size, run.font(), false, null);
                at += run.font().getWidthPoint(run.text(), size);
            }
        }
    }

    /**
     * The text object: font and size, matrix, for a bold font OpenPDF's emboldening (fill and
     * stroke, a line a thirtieth of the size wide), and the spacing when Java2D's advances differ
     * from the PDF font's widths ({@code measure} null: they do not).
     */
    private void writeText(String s, float x, float y, float size, BaseFont pdf, boolean bold, Font measure) {
        AffineTransform matrix = new AffineTransform(1, 0, 0, -1, 0, height);
        matrix.concatenate(getTransform());
        matrix.translate(x, y);
        matrix.scale(1, -1);
        double[] m = new double[6];
        matrix.getMatrix(m);
        PdfContentByte cb = getContent();
        cb.beginText();
        cb.setFontAndSize(pdf, size);
        cb.setTextMatrix((float) m[0], (float) m[1], (float) m[2], (float) m[3], (float) m[4], (float) m[5]);
        if (bold) {
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
            cb.setLineWidth(size / 30f);
        }
        if (measure == null || s.length() < 2) {
            // the PDF font is the same file: its glyph widths are the advances Java2D measures (1,000 units to
            // the em, no kerning), so the spacing OpenPDF would compute is zero
            cb.showText(s);
        } else {
            double width = measure.getStringBounds(s, getFontRenderContext()).getWidth() / (double) (1000f / size);
            cb.setCharacterSpacing(((float) width - base.getWidthPoint(s, size)) / (s.length() - 1));
            cb.showText(s);
            cb.setCharacterSpacing(0f);
        }
        cb.endText();
    }

    /**
     * The fill colour and the stroke as OpenPDF writes them (through an empty path, so it keeps
     * track of them), then the path once, filled and stroked. Anything OpenPDF would draw
     * otherwise (translucent colours, strokes that are not plain, quadratic curves) is drawn by
     * OpenPDF, in two operations.
     */
    @Override
    public void fillAndDraw(Shape shape, Color fill, Color edge, Stroke stroke) {
        if (fill.getAlpha() != 255 || edge.getAlpha() != 255 || !(stroke instanceof BasicStroke) || hasQuadratic(shape)) {
            setColor(fill);
            fill(shape);
            setColor(edge);
            setStroke(stroke);
            draw(shape);
            return;
        }
        setColor(fill);
        fill(NOTHING);
        setColor(edge);
        setStroke(stroke);
        draw(NOTHING);
        PdfContentByte cb = getContent();
        PathIterator path = shape.getPathIterator(getTransform());
        float[] c = new float[6];
        for (; !path.isDone(); path.next()) {
            switch (path.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> cb.moveTo(c[0], height - c[1]);
                case PathIterator.SEG_LINETO -> cb.lineTo(c[0], height - c[1]);
                case PathIterator.SEG_CUBICTO -> cb.curveTo(c[0], height - c[1], c[2], height - c[3], c[4], height - c[5]);
                case PathIterator.SEG_CLOSE -> cb.closePath();
                default -> throw new IllegalStateException("quadratic segment after the check");
            }
        }
        if (path.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
            cb.eoFillStroke();
        } else {
            cb.fillStroke();
        }
    }

    private static boolean hasQuadratic(Shape shape) {
        if (shape instanceof java.awt.geom.RoundRectangle2D || shape instanceof java.awt.geom.Rectangle2D) {
            return false;
        }
        float[] c = new float[6];
        for (PathIterator path = shape.getPathIterator(null); !path.isDone(); path.next()) {
            if (path.currentSegment(c) == PathIterator.SEG_QUADTO) {
                return true;
            }
        }
        return false;
    }

    /** How a font's text is written: {@link #NOT_PLAIN}, or its measuring font and whether it is the bundled one, bold. */
    private static Plain plain(Font font) {
        float size = font.getSize2D();
        if (!Float.isFinite(size) || size < 1e-4f || font.isTransformed() || font.isItalic()) {
            return NOT_PLAIN;
        }
        String family = font.getFamily(Locale.ROOT);
        boolean bundled = family.equals(BUNDLED_FAMILY);
        boolean bold = font.isBold();
        // bold only as OpenPDF emboldens the bundled regular face (a stroke of a thirtieth of the size; at size 30
        // that is 1, which OpenPDF takes for plain, so that size is left to it)
        if (bold && (!bundled || size == 30f || !font.getFontName().equals(font.getName())) || LOGICAL.contains(family)
                || !plainAttributes(font.getAttributes(), bold)) {
            return NOT_PLAIN;
        }
        return new Plain(measuringFont(font), bundled, bold);
    }

    /** No width other than regular, no underline, and the weight of the style (bold, or below semibold). */
    private static boolean plainAttributes(Map<TextAttribute, ?> attributes, boolean bold) {
        Object width = attributes.get(TextAttribute.WIDTH);
        Object weight = attributes.get(TextAttribute.WEIGHT);
        Object underline = attributes.get(TextAttribute.UNDERLINE);
        return (width == null || TextAttribute.WIDTH_REGULAR.equals(width))
                && (weight == null || (bold ? TextAttribute.WEIGHT_BOLD.equals(weight) : ((Float) weight) < TextAttribute.WEIGHT_SEMIBOLD))
                && (underline == null || Integer.valueOf(-1).equals(underline));
    }

    /** The font scaled to 1000 points, as OpenPDF measures with. */
    private static Font measuringFont(Font font) {
        float scale = 1000f / font.getSize2D();
        return font.deriveFont(AffineTransform.getScaleInstance(scale, scale));
    }

    /** A canvas for a template of the given size. */
    static Graphics2D of(PdfContentByte template, float width, float height, PdfFonts fonts) {
        return new PdfCanvas(template, width, height, fonts);
    }
}
