package com.motstudio.report.pdf;

import com.motstudio.text.Language;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to export and how: the document, its language (independent of the app's), the paper and
 * orientation of its text pages (the journey map and the canvas are always landscape), whether the
 * blank map canvas has the workshop's stages written in, and the date printed on the cover.
 */
public record ExportOptions(DocumentKind document, Language language, Paper paper, boolean landscape,
                            boolean canvasStages, LocalDate date) {
    public ExportOptions {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(date, "date");
    }

    /** Portrait A4, stages on the canvas, dated today. */
    public static ExportOptions of(DocumentKind document, Language language) {
        return new ExportOptions(document, language, Paper.A4, false, true, LocalDate.now());
    }

    public ExportOptions withPaper(Paper value) {
        return new ExportOptions(document, language, value, landscape, canvasStages, date);
    }

    public ExportOptions withLandscape(boolean value) {
        return new ExportOptions(document, language, paper, value, canvasStages, date);
    }

    public ExportOptions withCanvasStages(boolean value) {
        return new ExportOptions(document, language, paper, landscape, value, date);
    }

    public ExportOptions withDate(LocalDate value) {
        return new ExportOptions(document, language, paper, landscape, canvasStages, value);
    }
}
