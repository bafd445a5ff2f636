package com.motstudio.report.pdf;

import com.motstudio.report.BundledFont;
import com.motstudio.report.map.LineBreaker;
import com.motstudio.text.Texts;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * One PDF being written: the page sizes and margins, headings that become bookmarks, paragraphs,
 * tables and vector drawings. Every document of MOT Studio is written through it, so all share the
 * same fonts, margins, frame and metadata.
 */
final class Pages implements AutoCloseable {
    static final float MARGIN = 48f;
    static final float TOP = 60f;
    static final float BOTTOM = 56f;
    static final float BODY = 10f;
    /** What OpenPDF adds around an image beyond its height when it decides whether it fits the page. */
    static final float IMAGE_SLACK = 12f;

    final Texts texts;
    final PdfFonts fonts;
    final Color accent;
    final ExportOptions options;
    private final Document document;
    private final PdfWriter writer;
    private final ExportProgress progress;
    private final LineBreaker breaker = new LineBreaker(new FontRenderContext(null, true, true));
    private final Map<Float, java.awt.Font> tableFonts = new HashMap<>();

    Pages(OutputStream out, ExportOptions options, Texts texts, Color accent, Metadata metadata, ExportProgress progress) {
        this.texts = texts;
        this.options = options;
        this.accent = accent;
        this.progress = progress;
        this.fonts = new PdfFonts();
        document = new Document(options.paper().page(metadata.firstLandscape()), MARGIN, MARGIN, TOP, BOTTOM);
        writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFrame(fonts, accent, metadata.title(), metadata.organization(), texts.get("export.page"),
                metadata.cover()));
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        // the fastest deflate: the map's vector pages make large content streams, and level 6 takes clearly longer for files only ~15% smaller
        writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
        document.addTitle(metadata.title());
        document.addAuthor(metadata.author());
        document.addSubject(metadata.subject());
        document.addCreator(texts.get("export.creator"));
        document.setDocumentLanguage(options.language().tag());
        document.addCreationDate();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(options.language().tag()));
        document.open();
    }

    /**
     * The title, author and subject written into the file's metadata, the organisation in the page
     * header, whether page 1 is a cover (no header) and whether it is landscape.
     */
    record Metadata(String title, String author, String subject, String organization, boolean cover, boolean firstLandscape) {}

    /** Stops the export when the user asked to; called between sections. */
    void step(double fraction) {
        if (progress.cancelled()) {
            throw new CancellationException();
        }
        progress.done(fraction);
    }

    void newPage() {
        document.newPage();
    }

    /** A top-level heading (a bookmark of the outline) on a new page in the orientation the options ask for. */
    PdfOutline chapter(String title) {
        return chapter(title, options.landscape());
    }

    /** A chapter on a new page in portrait or landscape. */
    PdfOutline chapter(String title, boolean landscape) {
        document.setPageSize(options.paper().page(landscape));
        document.newPage();
        return heading(writer.getRootOutline(), title, 18f, 6f);
    }

    /** A heading under a chapter (a nested bookmark); moves to the next page when there is too little room below it. */
    PdfOutline section(PdfOutline parent, String title) {
        return section(parent, title, 90);
    }

    /** A section that needs at least {@code room} points below its heading, e.g. for the chart that follows it. */
    PdfOutline section(PdfOutline parent, String title, float room) {
        if (room() < room + 30) {
            document.newPage();
        }
        return heading(parent, title, 13f, 6f);
    }

    private PdfOutline heading(PdfOutline parent, String title, float size, float after) {
        float y = writer.getVerticalPosition(true);
        Paragraph p = paragraph(title, fonts.font(size, accent.darker()));
        p.setSpacingBefore(parent == writer.getRootOutline() ? 0 : size * 0.6f);
        p.setSpacingAfter(after);
        p.setKeepTogether(true);
        add(p);
        return new PdfOutline(parent, new PdfDestination(PdfDestination.XYZ, document.left(), y, 0), title, false);
    }

    void text(String text) {
        text(text, BODY, Color.BLACK);
    }

    void text(String text, float size, Color colour) {
        Paragraph p = paragraph(text, fonts.font(size, colour));
        p.setLeading(size * 1.45f);
        p.setSpacingAfter(size * 0.5f);
        add(p);
    }

    /**
     * A paragraph of one font, broken into lines by {@link LineBreaks}; characters the bundled font
     * lacks are in a fallback font of the same size and colour, or left out (see {@link PdfFonts#runs}).
     */
    Paragraph paragraph(String text, Font font) {
        if (fonts.covers(text)) {
            Paragraph p = new Paragraph(chunk(text, font));
            p.setFont(font);
            return p;
        }
        Paragraph p = null;
        for (PdfFonts.Run run : fonts.runs(text)) {
            Font f = run.font() == font.getBaseFont() ? font : new Font(run.font(), font.getSize(), font.getStyle(), font.getColor());
            if (p == null) {
                p = new Paragraph(chunk(run.text(), f));
            } else {
                p.add(chunk(run.text(), f));
            }
        }
        p = p == null ? new Paragraph(chunk("", font)) : p;
        p.setFont(font);
        return p;
    }

    private static Chunk chunk(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(LineBreaks.RULES);
        return chunk;
    }

    void note(String text) {
        text(text, 8.5f, new Color(90, 90, 90));
    }

    /** A table; an empty one prints the given note instead. */
    void table(Table table, String whenEmpty) {
        if (table.isEmpty()) {
            note(whenEmpty);
        } else {
            table.write(this);
        }
    }

    void add(Element element) {
        document.add(element);
    }

    /** A Java2D drawing as vectors, the full text width and the given height (in points). */
    void drawing(Drawing drawing, float width, float height) {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = PdfCanvas.of(template, width, height, fonts);
        try {
            drawing.paint(g, width, height);
        } finally {
            g.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Image.MIDDLE);
        image.setSpacingAfter(6f);
        if (height + IMAGE_SLACK > room()) {
            document.newPage();
        }
        document.add(image);
    }

    /** A drawing area the width of the text and the given height, for {@link #image}. */
    PdfTemplate template(float width, float height) {
        return writer.getDirectContent().createTemplate(width, height);
    }

    /**
     * Adds a drawn template where the text has got to, exactly its height below it plus the spaces
     * (a borderless one-cell table holds it: an image on its own is placed half a text leading lower).
     */
    void image(PdfTemplate template, float spaceBefore, float spaceAfter) {
        PdfPCell cell = new PdfPCell(Image.getInstance(template), false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        PdfPTable holder = new PdfPTable(1);
        holder.setTotalWidth(template.getWidth());
        holder.setLockedWidth(true);
        holder.setSpacingBefore(spaceBefore);
        holder.setSpacingAfter(spaceAfter);
        holder.addCell(cell);
        document.add(holder);
    }

    /** Wraps the text of tables; remembers the widths it has measured, for this document. */
    LineBreaker breaker() {
        return breaker;
    }

    /** The Java2D face of the bundled font at a size: its advances are the PDF font's glyph widths. */
    java.awt.Font tableFont(float size) {
        return tableFonts.computeIfAbsent(size, BundledFont::of);
    }

    /** The width between the margins of the current page. */
    float width() {
        return document.right() - document.left();
    }

    /** The height between the margins of the current page. */
    float height() {
        return document.top() - document.bottom();
    }

    /** How much room is left below what has been written on the current page. */
    float room() {
        return writer.getVerticalPosition(true) - document.bottom();
    }

    Rectangle pageSize() {
        return document.getPageSize();
    }

    PdfWriter writer() {
        return writer;
    }

    Document document() {
        return document;
    }

    @Override
    public void close() {
        document.close();
    }
}
