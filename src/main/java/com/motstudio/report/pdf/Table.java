package com.motstudio.report.pdf;

import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text as it goes into a PDF: a header row repeated on every page the table runs onto,
 * text that wraps inside its cell, and rows that may split when one is taller than a page.
 */
final class Table {
    private static final float SIZE = 8.5f;
    private static final Color RULE = new Color(200, 200, 200);

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

    PdfPTable build(PdfFonts fonts, Color accent) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        Color head = tint(accent);
        for (String header : headers) {
            PdfPCell cell = cell(new Phrase(header, fonts.font(SIZE, accent.darker().darker())));
            cell.setBackgroundColor(head);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String text : row) {
                PdfPCell cell = cell(new Phrase(text, fonts.font(SIZE)));
                if (minHeight > 0) {
                    cell.setMinimumHeight(minHeight);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(4);
        cell.setPaddingTop(2.5f);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setLeading(0, 1.3f);
        return cell;
    }

    /** The accent mixed with white, light enough to print text on. */
    static Color tint(Color accent) {
        return new Color(mix(accent.getRed()), mix(accent.getGreen()), mix(accent.getBlue()));
    }

    private static int mix(int channel) {
        return (int) Math.round(channel * 0.16 + 255 * 0.84);
    }
}
