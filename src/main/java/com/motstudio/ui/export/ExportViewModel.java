package com.motstudio.ui.export;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Workshop;
import com.motstudio.report.pdf.DocumentKind;
import com.motstudio.report.pdf.ExportOptions;
import com.motstudio.report.pdf.ExportProgress;
import com.motstudio.report.pdf.MissingGlyphs;
import com.motstudio.report.pdf.Paper;
import com.motstudio.report.pdf.PdfExport;
import com.motstudio.text.Language;
import com.motstudio.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The Export page: which document, in which language and on which paper; a preview of its first
 * pages; the export itself in the background with progress and cancel, and the file it wrote.
 * Touches no control, so it is tested without the FX thread.
 */
public final class ExportViewModel {
    /** Where an export stands, for the page to say. */
    public enum State { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    private final WorkshopDocument document;
    private final TaskRunner runner;
    private final Executor ui;
    private final Supplier<LocalDate> today;
    private final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>(DocumentKind.ACTION_PLAN);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.A4);
    private final BooleanProperty landscape = new SimpleBooleanProperty();
    private final BooleanProperty canvasStages = new SimpleBooleanProperty(true);
    private final SimpleObjectProperty<PdfPreview> preview = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty previewing = new SimpleBooleanProperty();
    private final SimpleObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty();
    private final SimpleObjectProperty<Path> written = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Throwable> previewFailure = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<MissingGlyphs> missingGlyphs = new SimpleObjectProperty<>(MissingGlyphs.NONE);
    private volatile AtomicBoolean cancel = new AtomicBoolean();
    private long previewRequest;
    /** The workshop the latest preview was made from. */
    private Workshop previewed;

    /**
     * @param ui runs progress updates on the UI thread ({@code Platform::runLater}; in place in tests)
     */
    public ExportViewModel(WorkshopDocument document, TaskRunner runner, Executor ui, Supplier<LocalDate> today) {
        this.document = document;
        this.runner = runner;
        this.ui = ui;
        this.today = today;
        language.set(Language.fromTag(document.current().info().language()));
    }

    public ObjectProperty<DocumentKind> kindProperty() { return kind; }
    public ObjectProperty<Language> languageProperty() { return language; }
    public ObjectProperty<Paper> paperProperty() { return paper; }
    public BooleanProperty landscapeProperty() { return landscape; }
    public BooleanProperty canvasStagesProperty() { return canvasStages; }
    public ReadOnlyObjectProperty<PdfPreview> previewProperty() { return preview; }
    public ReadOnlyBooleanProperty previewingProperty() { return previewing; }
    public ReadOnlyObjectProperty<State> stateProperty() { return state; }
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyObjectProperty<Path> writtenProperty() { return written; }
    /** Why the latest export failed; null unless it did. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() { return failure; }
    /** Why the latest preview could not be drawn (an OutOfMemoryError too); null when it was. */
    public ReadOnlyObjectProperty<Throwable> previewFailureProperty() { return previewFailure; }
    /** The characters the latest preview or export could not draw, and where they stand (empty when none). */
    public ReadOnlyObjectProperty<MissingGlyphs> missingGlyphsProperty() { return missingGlyphs; }

    /** A preview and what its PDF could not draw. */
    private record Previewed(PdfPreview preview, MissingGlyphs missing) {}

    public ExportOptions options() {
        return new ExportOptions(kind.get(), language.get(), paper.get(), landscape.get(), canvasStages.get(), today.get());
    }

    /** A file name to offer: the workshop's title, the document and the language. */
    public String suggestedName() {
        String title = document.current().info().title().replaceAll("[\\\\/:*?\"<>|]", "_").strip();
        String stem = title.isEmpty() ? "workshop" : title.length() > 60 ? title.substring(0, 60) : title;
        return stem + "." + kind.get().tag() + "." + language.get().tag() + ".pdf";
    }

    /** Renders the preview again when the workshop was edited since it was made (the page is shown again after edits elsewhere). */
    public void refreshPreviewIfEdited() {
        if (document.current() != previewed) {
            refreshPreview();
        }
    }

    /** Renders the first pages of the document as the options stand; a newer request makes an older one's result be dropped. */
    public void refreshPreview() {
        long request = ++previewRequest;
        Workshop workshop = document.current();
        previewed = workshop;
        ExportOptions options = options();
        previewing.set(true);
        runner.renders().run(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MissingGlyphs missing = PdfExport.write(workshop, options, out, ExportProgress.NONE);
            return new Previewed(PdfPreview.of(out.toByteArray()), missing);
        }, result -> {
            if (request == previewRequest) {
                previewFailure.set(null);
                preview.set(result.preview());
                missingGlyphs.set(result.missing());
                previewing.set(false);
            }
        }, e -> {
            if (request == previewRequest) {
                previewFailure.set(e);
                preview.set(null);
                previewing.set(false);
            }
        });
    }

    /** Writes the document to a file in the background; progress and the outcome arrive in the properties. */
    public void export(Path file) {
        if (state.get() == State.RUNNING) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        Workshop workshop = document.current();
        ExportOptions options = options();
        state.set(State.RUNNING);
        progress.set(0);
        written.set(null);
        failure.set(null);
        ExportProgress report = new ExportProgress() {
            @Override
            public void done(double fraction) {
                ui.execute(() -> progress.set(fraction));
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        runner.renders().run(() -> PdfExport.write(workshop, options, file, report), missing -> {
            missingGlyphs.set(missing);
            written.set(file);
            progress.set(1);
            state.set(State.DONE);
        }, e -> {
            if (e instanceof CancellationException) {
                state.set(State.CANCELLED);
            } else {
                failure.set(e);
                state.set(State.FAILED);
            }
        });
    }

    /** Asks the running export to stop at its next section; the file is then not written. */
    public void cancel() {
        cancel.set(true);
    }
}
