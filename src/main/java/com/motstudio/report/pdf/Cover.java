package com.motstudio.report.pdf;

import com.motstudio.model.Branding;
import com.motstudio.model.WorkshopInfo;
import com.motstudio.report.LogoImage;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** The first page of a document: the workshop's logo and accent colour, the document's name, the workshop, who ran it and when. */
final class Cover {
    /** The logo's longest side in the PDF, in pixels: about 600 dpi in its 120 × 100 pt box. */
    static final int LOGO_PIXELS = 1000;

    private Cover() {}

    /** The accent colour of the branding; the default one when the text is not a #RRGGBB colour. */
    static Color accent(Branding branding) {
        try {
            return Color.decode(branding.accentColor());
        } catch (NumberFormatException e) {
            return Color.decode(Branding.DEFAULT_ACCENT);
        }
    }

    static void write(Pages pages, String documentName, WorkshopInfo info) {
        PdfContentByte cb = pages.writer().getDirectContent();
        Rectangle page = pages.pageSize();
        float w = page.getWidth();
        float h = page.getHeight();
        cb.saveState();
        cb.setColorFill(pages.accent);
        cb.rectangle(0, h - 150, w, 150);
        cb.fill();
        cb.restoreState();
        float left = Pages.MARGIN + 6;
        logo(pages, info.branding(), w, h);
        ColumnText title = new ColumnText(cb);
        title.setSimpleColumn(left, h - 140, w - 180, h - 30);
        title.addText(pages.paragraph(documentName, pages.fonts.font(26, Color.WHITE)));
        title.go();
        ColumnText body = new ColumnText(cb);
        body.setSimpleColumn(left, Pages.BOTTOM, w - Pages.MARGIN, h - 200);
        body.addElement(paragraph(pages, info.title().isBlank() ? pages.texts.get("export.cover.untitled") : info.title(), 20, Color.BLACK));
        for (String line : lines(pages, info)) {
            body.addElement(paragraph(pages, line, 12, new Color(60, 60, 60)));
        }
        body.go();
        pages.add(new org.openpdf.text.Paragraph(" ", pages.fonts.font(4)));
    }

    private static org.openpdf.text.Paragraph paragraph(Pages pages, String text, float size, Color colour) {
        org.openpdf.text.Paragraph p = pages.paragraph(text, pages.fonts.font(size, colour));
        p.setLeading(size * 1.4f);
        p.setSpacingAfter(size * 0.6f);
        return p;
    }

    private static List<String> lines(Pages pages, WorkshopInfo info) {
        List<String> lines = new ArrayList<>();
        var t = pages.texts;
        if (!info.organization().isBlank()) {
            lines.add(t.format("export.cover.organization", info.organization()));
        }
        if (!info.facilitator().isBlank()) {
            lines.add(t.format("export.cover.facilitator", info.facilitator()));
        }
        if (info.startDate() != null) {
            lines.add(t.format("export.cover.held", Format.date(info.startDate()),
                    Format.date(info.endDate() == null ? info.startDate() : info.endDate())));
        }
        lines.add(t.format("export.cover.date", Format.date(pages.options.date())));
        return lines;
    }

    private static void logo(Pages pages, Branding branding, float w, float h) {
        if (!branding.hasLogo()) {
            return;
        }
        try {
            Image image = Image.getInstance(coverPicture(Base64.getDecoder().decode(branding.logoBase64())));
            image.scaleToFit(120, 100);
            float boxX = w - Pages.MARGIN - 130;
            float boxY = h - 135;
            PdfContentByte cb = pages.writer().getDirectContent();
            cb.saveState();
            cb.setColorFill(Color.WHITE);
            cb.roundRectangle(boxX, boxY, 130, 120, 6);
            cb.fill();
            cb.restoreState();
            image.setAbsolutePosition(boxX + (130 - image.getScaledWidth()) / 2, boxY + (120 - image.getScaledHeight()) / 2);
            cb.addImage(image);
        } catch (LogoImage.TooLarge e) {
            leftOut(pages, pages.texts.format("export.cover.logoTooLarge", e.size().width(), e.size().height()), w, h);
        } catch (IOException | RuntimeException e) {
            // a logo the PDF library cannot read leaves the cover without one rather than failing the export
            leftOut(pages, pages.texts.get("export.cover.badLogo"), w, h);
        }
    }

    /**
     * The logo as the cover embeds it: a small one as it is; a larger one decoded subsampled and
     * scaled to {@link #LOGO_PIXELS} across, so neither the export nor the preview that draws the PDF
     * ever holds the full-size picture.
     */
    static byte[] coverPicture(byte[] logo) throws IOException {
        Optional<LogoImage.Size> size = LogoImage.size(logo);
        if (size.isEmpty() || size.get().fitsIn(LOGO_PIXELS)) {
            return logo; // small, or a format only the PDF library reads: it reads the header itself
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(LogoImage.fitted(logo, LOGO_PIXELS), "png", png);
        return png.toByteArray();
    }

    private static void leftOut(Pages pages, String note, float w, float h) {
        ColumnText.showTextAligned(pages.writer().getDirectContent(), Element.ALIGN_RIGHT,
                new Phrase(note, pages.fonts.font(8, Color.WHITE)), w - Pages.MARGIN, h - 140, 0);
    }
}
