package com.motstudio.report.pdf;

import com.motstudio.report.map.LineBreaker;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text as it goes into a PDF: a header row repeated on every page the table runs onto,
 * text that wraps inside its cell (with the journey map's line breaking: between Chinese
 * characters, at spaces, never a closing mark at the start of a line), and rows that split when
 * one is taller than a page.
 *
 * <p>Each page's part of the table is one drawing: the header's shading, the rules of the grid as
 * one path and the text of all cells in one text object, in the bundled font. OpenPDF's own table
 * lays every cell out as a column of rich text, several times slower for the long tables of a
 * large workshop (the scoring table alone has ten cells for each touchpoint).
 */
final class Table {
    private static final float SIZE = 8.5f;
    private static final float LEADING = SIZE * 1.3f;
    private static final float PAD = 4f;
    private static final float PAD_TOP = 2.5f;
    private static final float RULE_WIDTH = 0.5f;
    private static final float SPACE_BEFORE = 4f;
    private static final float SPACE_AFTER = 8f;
    private static final Color RULE = new Color(200, 200, 200);
    /** Kept free at the foot of a page against rounding in OpenPDF's check that a part fits. */
    private static final float SLACK = 2f;

    private final List<String> headers;
    private final float[] widths;
    private final List<List<String>> rows = new ArrayList<>();
    private float minHeight;

    /** @param widths the relative column widths, one per header */
    Table(List<String> headers, float... widths) {
        if (headers.size() != widths.length) {
            throw new IllegalArgumentException(headers.size() + " headers but " + widths.length + " widths");
        }
        this.headers = List.copyOf(headers);
        this.widths = widths.clone();
    }

    Table row(String... cells) {
        return row(List.of(cells));
    }

    Table row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + headers.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** Every row at least this tall (points): room to write by hand on a form. */
    Table writingRows(float height) {
        minHeight = height;
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** One row wrapped to the columns: each cell's lines, and how many lines the tallest cell has. */
    private record Wrapped(List<List<String>> cells, int lines, float minHeight) {
        float height(int from, int to) {
            float text = PAD_TOP + (to - from) * LEADING + PAD;
            return from == 0 && to == lines ? Math.max(text, minHeight) : text;
        }
    }

    /** Writes the table at the current position, over as many pages as it needs. */
    void write(Pages pages) {
        float width = pages.width();
        float[] columns = columnWidths(width);
        LineBreaker breaker = pages.breaker();
        java.awt.Font font = pages.tableFont(SIZE);
        Wrapped header = wrap(headers, columns, breaker, font, 0);
        float headerHeight = header.height(0, header.lines());
        List<Wrapped> body = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            body.add(wrap(row, columns, breaker, font, minHeight));
        }
        float full = pages.height() - SLACK - SPACE_BEFORE - SPACE_AFTER;
        int row = 0;
        int line = 0; // the first line of the row still to print (a row taller than a page is split)
        boolean first = true;
        while (row < body.size()) {
            float room = pages.room() - SLACK - SPACE_BEFORE - SPACE_AFTER;
            // at least the header and a line of the next row, or the whole row when it fits on a page at all
            Wrapped next = body.get(row);
            float rest = next.height(line, next.lines());
            float needed = headerHeight + (rest <= full - headerHeight ? rest : next.height(line, line + 1));
            if (room < needed) {
                pages.newPage();
                room = full;
            }
            List<Part> parts = new ArrayList<>();
            float used = headerHeight;
            while (row < body.size()) {
                Wrapped r = body.get(row);
                float whole = r.height(line, r.lines());
                if (used + whole <= room) {
                    parts.add(new Part(r, line, r.lines()));
                    used += whole;
                    row++;
                    line = 0;
                    continue;
                }
                if (whole > full - headerHeight) {
                    // taller than a page: as many lines as fit here, the rest on the next page
                    int fit = (int) Math.floor((room - used - PAD_TOP - PAD) / LEADING);
                    if (fit > 0) {
                        parts.add(new Part(r, line, line + fit));
                        used += r.height(line, line + fit);
                        line += fit;
                    }
                }
                break;
            }
            draw(pages, columns, header, parts, used, first, row == body.size());
            first = false;
        }
    }

    /** Lines from..to of a row printed on one page. */
    private record Part(Wrapped row, int from, int to) {}

    private Wrapped wrap(List<String> cells, float[] columns, LineBreaker breaker, java.awt.Font font, float minimum) {
        List<List<String>> lines = new ArrayList<>(cells.size());
        int most = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> cell = breaker.lines(cells.get(c), font, columns[c] - 2 * PAD);
            lines.add(cell);
            most = Math.max(most, cell.size());
        }
        return new Wrapped(lines, most, minimum);
    }

    private float[] columnWidths(float width) {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        float[] columns = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = width * widths[i] / sum;
        }
        return columns;
    }

    /** One page's part: a drawing of the header and the rows, added where the page's text has got to. */
    private void draw(Pages pages, float[] columns, Wrapped header, List<Part> parts, float height, boolean first, boolean last) {
        float width = pages.width();
        float headerHeight = header.height(0, header.lines());
        PdfTemplate t = pages.template(width, height);
        Color accent = pages.accent;
        t.setColorFill(tint(accent));
        t.rectangle(0, height - headerHeight, width, headerHeight);
        t.fill();

        // the grid: a rule above each row and below the last, and between the columns
        t.setColorStroke(RULE);
        t.setLineWidth(RULE_WIDTH);
        float half = RULE_WIDTH / 2;
        float y = height - headerHeight;
        line(t, half, height - half, width - half, height - half);
        line(t, half, y, width - half, y);
        for (Part part : parts) {
            y -= part.row().height(part.from(), part.to());
            line(t, half, Math.max(y, half), width - half, Math.max(y, half));
        }
        float x = half;
        line(t, x, half, x, height - half);
        for (float column : columns) {
            x += column;
            float at = Math.min(x, width - half);
            line(t, at, half, at, height - half);
        }
        t.stroke();

        BaseFont base = pages.fonts.base();
        t.beginText();
        t.setFontAndSize(base, SIZE);
        t.setColorFill(accent.darker().darker());
        text(t, pages.fonts, columns, header.cells(), 0, header.lines(), height);
        t.setColorFill(Color.BLACK);
        float top = height - headerHeight;
        for (Part part : parts) {
            text(t, pages.fonts, columns, part.row().cells(), part.from(), part.to(), top);
            top -= part.row().height(part.from(), part.to());
        }
        t.endText();
        pages.image(t, first ? SPACE_BEFORE : 0, last ? SPACE_AFTER : 0);
    }

    private static void line(PdfContentByte t, float x1, float y1, float x2, float y2) {
        t.moveTo(x1, y1);
        t.lineTo(x2, y2);
    }

    /** Where a glyph's em box sits on its baseline: Noto Sans SC's CJK ascent, in ems. */
    private static final float ASCENT = 0.88f;

    /** Lines from..to of each cell, each line's em box centred in its leading, the first under the padding below top. */
    private static void text(PdfContentByte t, PdfFonts fonts, float[] columns, List<List<String>> cells, int from, int to, float top) {
        float x = 0;
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = cells.get(c);
            for (int i = from; i < Math.min(to, lines.size()); i++) {
                t.setTextMatrix(x + PAD, top - PAD_TOP - (i - from) * LEADING - (LEADING - SIZE) / 2 - ASCENT * SIZE);
                fonts.show(t, lines.get(i), SIZE);
            }
            x += columns[c];
        }
    }

    /** The accent mixed with white, light enough to print text on. */
    static Color tint(Color accent) {
        return new Color(mix(accent.getRed()), mix(accent.getGreen()), mix(accent.getBlue()));
    }

    private static int mix(int channel) {
        return (int) Math.round(channel * 0.16 + 255 * 0.84);
    }
}
