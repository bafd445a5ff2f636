package com.motstudio.report.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * What every page but the cover carries: a thin accent rule with the document's title and the
 * organisation above the text, and "page n of m" below it. The total is a small template filled in
 * when the document closes.
 */
final class PageFrame extends PdfPageEventHelper {
    private static final float SIZE = 8f;
    private static final Color GREY = new Color(90, 90, 90);

    private final PdfFonts fonts;
    private final Color accent;
    private final String left;
    private final String right;
    private final String pageOf;
    private final List<PdfTemplate> totals = new ArrayList<>();
    private final boolean cover;

    /** @param pageOf the page-number pattern with {0} for the page and {1} for the total, e.g. "Page {0} of {1}" */
    /** @param cover whether page 1 is a cover, which carries no frame */
    PageFrame(PdfFonts fonts, Color accent, String left, String right, String pageOf, boolean cover) {
        this.cover = cover;
        this.fonts = fonts;
        this.accent = accent;
        this.left = left;
        this.right = right;
        this.pageOf = pageOf;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page == 1 && cover) {
            return;
        }
        Rectangle size = document.getPageSize();
        PdfContentByte cb = writer.getDirectContent();
        float l = document.left();
        float r = document.right();
        float top = size.getHeight() - document.topMargin() + 14;
        String number = before().replace("{0}", String.valueOf(page));
        float width = fonts.base().getWidthPoint(number, SIZE);
        float totalWidth = fonts.base().getWidthPoint("0000" + after(), SIZE);
        float x = (l + r) / 2 - (width + totalWidth) / 2;
        float y = document.bottomMargin() - 24;
        cb.saveState();
        cb.setColorStroke(accent);
        cb.setLineWidth(0.8f);
        cb.moveTo(l, top - 4);
        cb.lineTo(r, top - 4);
        cb.stroke();
        // one line each, in the bundled font: written directly, not laid out as rich text
        cb.beginText();
        cb.setFontAndSize(fonts.base(), SIZE);
        cb.setColorFill(GREY);
        fonts.showAligned(cb, PdfContentByte.ALIGN_LEFT, left, l, top, SIZE);
        fonts.showAligned(cb, PdfContentByte.ALIGN_RIGHT, right, r, top, SIZE);
        cb.showTextAligned(PdfContentByte.ALIGN_LEFT, number, x, y, 0);
        cb.endText();
        cb.restoreState();
        PdfTemplate total = cb.createTemplate(totalWidth, SIZE * 1.6f);
        cb.addTemplate(total, x + width, y - SIZE * 0.4f);
        totals.add(total);
    }

    private String before() {
        int at = pageOf.indexOf("{1}");
        return at < 0 ? pageOf + " " : pageOf.substring(0, at);
    }

    private String after() {
        int at = pageOf.indexOf("{1}");
        return at < 0 ? "" : pageOf.substring(at + 3);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        String count = writer.getPageNumber() - 1 + after();
        for (PdfTemplate total : totals) {
            total.beginText();
            total.setFontAndSize(fonts.base(), SIZE);
            total.setColorFill(GREY);
            total.setTextMatrix(0, SIZE * 0.4f);
            total.showText(count);
            total.endText();
        }
    }
}
