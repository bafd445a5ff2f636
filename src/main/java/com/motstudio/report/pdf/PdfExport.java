package com.motstudio.report.pdf;

import com.motstudio.model.Workshop;
import com.motstudio.model.WorkshopInfo;
import com.motstudio.text.Texts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;

/**
 * Writes one of MOT Studio's documents for a workshop as a PDF, in the language of the options
 * (not the app's). Runs on any thread and needs no display; the app and the command line both call it.
 */
public final class PdfExport {
    private PdfExport() {}

    /**
     * Writes the document to a file: first beside it, then moved in place, so a failed or stopped export leaves no half file.
     *
     * @return the characters no font could draw, left out of the PDF, and where they stand (empty when none)
     */
    public static MissingGlyphs write(Workshop workshop, ExportOptions options, Path file, ExportProgress progress) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        // not Files.createTempFile: its file is readable by its owner only, and the PDF is to be shared
        Path temp = folder.resolve(".export-" + java.util.UUID.randomUUID() + ".pdf.tmp");
        MissingGlyphs missing;
        try {
            try (OutputStream out = Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                missing = write(workshop, options, out, progress);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return missing;
    }

    /**
     * Writes the document to a stream.
     *
     * @return the characters no font could draw, left out of the PDF, and where they stand (empty when none)
     * @throws CancellationException when the progress said to stop
     */
    public static MissingGlyphs write(Workshop workshop, ExportOptions options, OutputStream out, ExportProgress progress) {
        Texts texts = new Texts(options.language());
        WorkshopInfo info = workshop.info();
        String name = texts.get("export.document." + options.document().name());
        String title = info.title().isBlank() ? name : name + texts.get("export.titleSeparator") + info.title();
        String author = info.facilitator().isBlank() ? info.organization() : info.facilitator();
        DocumentKind kind = options.document();
        // the first page is the cover or the first handout; the canvas and the trait sheet are always landscape
        boolean firstLandscape = kind == DocumentKind.HANDOUTS || kind == DocumentKind.MAP_CANVAS || kind == DocumentKind.TRAIT_SHEET
                || options.landscape() && kind != DocumentKind.FEEDBACK_CARD;
        Pages.Metadata metadata = new Pages.Metadata(title, author, texts.get("export.subject"), info.organization(),
                !kind.isHandout(), firstLandscape);
        Pages pages = new Pages(out, options, texts, Cover.accent(info.branding()), metadata, progress);
        try (pages) {
            pages.step(0);
            switch (options.document()) {
                case ACTION_PLAN -> actionPlan(pages, workshop, name);
                case REPORT -> new ReportChapters(pages, workshop).write(name);
                default -> new Handouts(pages, workshop).write(options.document());
            }
            pages.step(1);
        }
        // read after closing: the page headers are written as the pages close
        return MissingGlyphs.find(workshop, pages.fonts.missing());
    }

    private static void actionPlan(Pages pages, Workshop workshop, String name) {
        Cover.write(pages, name, workshop.info());
        ActionPlanChapters plan = new ActionPlanChapters(pages, workshop);
        plan.summary();
        pages.step(0.2);
        plan.moments();
        plan.perMoment();
        plan.timeline();
        pages.step(0.9);
        plan.signOff();
    }
}
