package com.motstudio.ui.shell;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Workshop;
import com.motstudio.store.Autosaver;
import com.motstudio.store.LoadResult;
import com.motstudio.store.SaveException;
import com.motstudio.store.SavedFile;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.FailureText;
import com.motstudio.ui.common.TaskRunner;
import com.motstudio.ui.merge.GroupFileMerge;
import com.motstudio.ui.prefs.PreferencesModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The open workshop and what the File and Edit menus do with it: new, open, save, save as, close,
 * undo, redo — asking before anything unsaved is lost or a file changed by someone else is
 * overwritten. Holds no controls; every question goes through {@link Dialogs}.
 */
public final class ShellViewModel {
    public static final String SUFFIX = ".mot.json";

    private final WorkshopStore store;
    private Dialogs dialogs;
    private final TaskRunner runner;
    private Texts texts;
    private final PreferencesModel preferences;
    private final Autosaver autosaver;
    private final ReadOnlyObjectWrapper<WorkshopDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> revision = new ReadOnlyObjectWrapper<>(0L);
    private final ReadOnlyObjectWrapper<Instant> lastAutosave = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AutosaveProblem> autosaveProblem = new ReadOnlyObjectWrapper<>();
    private final Runnable onDocumentChange = this::documentChanged;
    /** Typed in forms but not savable yet; they outlive a rebuilt window, not the document. */
    private final com.motstudio.ui.common.FormDrafts drafts = new com.motstudio.ui.common.FormDrafts();
    private final com.motstudio.ui.common.FoldMemory folds = new com.motstudio.ui.common.FoldMemory();
    private SavedFile baseline;

    public ShellViewModel(WorkshopStore store, Dialogs dialogs, TaskRunner runner, Texts texts,
                          PreferencesModel preferences, Autosaver autosaver) {
        this.store = store;
        this.dialogs = dialogs;
        this.runner = runner;
        this.texts = texts;
        this.preferences = preferences;
        this.autosaver = autosaver;
        preferences.settingsProperty().addListener((o, before, after) -> {
            if (!after.autosave()) {
                autosaveProblem.set(null);
            }
        });
    }

    /** Speaks another language from now on (the window is rebuilt around the same document). */
    public void relocalize(Texts newTexts, Dialogs newDialogs) {
        this.texts = newTexts;
        this.dialogs = newDialogs;
    }

    /** The open document; replaced by New and Open. */
    public ReadOnlyObjectProperty<WorkshopDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public WorkshopDocument document() {
        return document.get();
    }

    /** Counts every change, undo, redo and save, so views can refresh what they show. */
    public ReadOnlyObjectProperty<Long> revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastAutosaveProperty() {
        return lastAutosave.getReadOnlyProperty();
    }

    /** Why the latest autosave failed, and when; null while autosave works (or has nothing to keep). */
    public ReadOnlyObjectProperty<AutosaveProblem> autosaveProblemProperty() {
        return autosaveProblem.getReadOnlyProperty();
    }

    /** The autosaver wrote a recovery copy (call on the UI thread). */
    public void autosaved(Instant time) {
        lastAutosave.set(time);
        autosaveProblem.set(null);
    }

    /**
     * The autosaver failed; it tries again at its next tick (call on the UI thread). The first
     * failure after autosave worked is told in a notice; the status bar shows it until it works again.
     */
    public void autosaveFailed(Throwable failure) {
        if (document() == null || !document().isDirty()) {
            return; // saved meanwhile: there is nothing a recovery copy would keep
        }
        boolean first = autosaveProblem.get() == null;
        String reason = FailureText.of(failure, texts);
        autosaveProblem.set(new AutosaveProblem(Instant.now(), reason));
        if (first) {
            dialogs.showError(texts.get("dialog.autosaveFailed.title"), texts.format("dialog.autosaveFailed.message", reason));
        }
    }

    /** Which fold-out panels the user opened or closed in this session (all workshops, every window). */
    public com.motstudio.ui.common.FoldMemory folds() {
        return folds;
    }

    /** What forms hold that could not be saved yet, for the open document. */
    public com.motstudio.ui.common.FormDrafts drafts() {
        return drafts;
    }

    /** Shows a document (used at start and after a recovery). */
    public void show(WorkshopDocument next, SavedFile nextBaseline) {
        drafts.clear(); // they belonged to the document shown before
        WorkshopDocument previous = document.get();
        if (previous != null) {
            previous.removeListener(onDocumentChange);
        }
        baseline = nextBaseline;
        next.addListener(onDocumentChange);
        document.set(next);
        documentChanged();
    }

    public void newWorkshop() {
        whenClosable(() -> show(new WorkshopDocument(blank(), null), null));
    }

    /** Starts a new, untitled workshop from a template (asks about unsaved changes first). */
    public void newFrom(Workshop template) {
        whenClosable(() -> show(new WorkshopDocument(template, null), null));
    }

    public Workshop blank() {
        return Workshop.blank(preferences.language().tag(), texts.get("shell.defaultCustomerType"));
    }

    public void open() {
        whenClosable(() -> dialogs.chooseWorkshopToOpen(folder()).ifPresent(this::load));
    }

    public void openRecent(Path file) {
        whenClosable(() -> load(file));
    }

    /** Opens a file with no questions (the file named on the command line, a chosen file). */
    public void load(Path file) {
        runner.run(() -> store.open(file), result -> {
            switch (result) {
                case LoadResult.Loaded loaded -> {
                    show(new WorkshopDocument(loaded.workshop(), file), store.prepareSave(loaded.workshop(), loaded.baseline()));
                    remember(file);
                }
                case LoadResult.Refused refused -> {
                    dialogs.showProblems(texts.get("dialog.openFailed.title"),
                            texts.format("dialog.openFailed.message", file.toAbsolutePath()),
                            refused.problems().stream().map(p -> p.describe(texts)).toList());
                    if (!Files.exists(file)) {
                        forget(file);
                    }
                }
            }
        }, e -> dialogs.showError(texts.get("dialog.openFailed.title"), FailureText.of(e, texts)));
    }

    /** File ▸ Merge group files…: the groups' files merged into the open workshop after a preview, as one undo step. */
    public void mergeGroupFiles() {
        new GroupFileMerge(store, dialogs, runner, texts).run(document(), folder());
    }

    /** Save; a new document asks where. {@code then} runs once the workshop is safely on disk. */
    public void save(Runnable then) {
        Optional<Path> file = document().file();
        if (file.isEmpty()) {
            saveAs(then);
            return;
        }
        if (baseline != null && baseline.path().equals(file.get()) && store.changedOnDisk(baseline)
                && !dialogs.confirm(texts.get("dialog.changedOnDisk.title"),
                        texts.format("dialog.changedOnDisk.message", file.get().getFileName()))) {
            return;
        }
        write(file.get(), then);
    }

    public void saveAs(Runnable then) {
        String suggested = document().file().map(f -> f.getFileName().toString()).orElse(suggestedName());
        dialogs.chooseWorkshopToSave(folder(), suggested).map(ShellViewModel::withSuffix).ifPresent(target -> write(target, then));
    }

    private void write(Path target, Runnable then) {
        write(target, then, false);
    }

    /** Saves in the background; a read-only target is replaced only once the user has said so. */
    private void write(Path target, Runnable then, boolean overwriteReadOnly) {
        WorkshopDocument doc = document();
        Workshop value = doc.current();
        SavedFile previous = baseline;
        runner.run(() -> store.save(value, target, previous, overwriteReadOnly), saved -> {
            baseline = saved;
            doc.markSaved(value, target);
            remember(target);
            then.run();
        }, e -> {
            if (e instanceof SaveException s && s.reason() == SaveException.Reason.READ_ONLY) {
                switch (dialogs.askReadOnly(target.getFileName().toString())) {
                    case SAVE_ANYWAY -> write(target, then, true);
                    case SAVE_AS -> saveAs(then);
                    case CANCEL -> { }
                }
                return;
            }
            dialogs.showError(texts.get("dialog.saveFailed.title"), FailureText.of(e, texts));
        });
    }

    /**
     * Runs {@code then} when the open document may be closed: saved, discarded, or unchanged. Forms
     * commit what they hold first; what cannot be saved yet is lost only once the user has said so.
     */
    public void whenClosable(Runnable then) {
        if (drafts.pending() && !dialogs.confirm(texts.get("dialog.drafts.title"), texts.get("dialog.drafts.message"))) {
            return;
        }
        WorkshopDocument doc = document();
        if (doc == null || !doc.isDirty()) {
            then.run();
            return;
        }
        switch (dialogs.askSaveChanges(displayName())) {
            case SAVE -> save(then);
            case DISCARD -> then.run();
            case CANCEL -> { }
        }
    }

    public void close() {
        whenClosable(() -> show(new WorkshopDocument(blank(), null), null));
    }

    public void undo() {
        document().undo();
    }

    public void redo() {
        document().redo();
    }

    /** The file name, or "Untitled" for a new workshop. */
    public String displayName() {
        return document().file().map(f -> f.getFileName().toString()).orElse(texts.get("shell.untitled"));
    }

    private String suggestedName() {
        String title = document().current().info().title().strip().replaceAll("[\\\\/:*?\"<>|]", "-");
        return (title.isEmpty() ? texts.get("shell.untitled") : title) + SUFFIX;
    }

    static Path withSuffix(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(SUFFIX) ? file
                : file.resolveSibling(name.endsWith(".json") ? name.substring(0, name.length() - 5) + SUFFIX : name + SUFFIX);
    }

    /** Where background work (file reads and writes) runs. */
    public TaskRunner runner() {
        return runner;
    }

    /** The folder to offer in file choosers: the open file's, else the last one used, else home. */
    public Path folder() {
        return document() != null && document().file().isPresent() ? document().file().get().toAbsolutePath().getParent()
                : preferences.get().recentFiles().stream().map(Path::of).map(Path::getParent).filter(p -> p != null)
                        .findFirst().orElse(Path.of(System.getProperty("user.home")));
    }

    private void remember(Path file) {
        preferences.update(s -> s.withRecent(file.toAbsolutePath().toString()));
    }

    private void forget(Path file) {
        preferences.update(s -> s.withRecentFiles(s.recentFiles().stream()
                .filter(f -> !f.equals(file.toAbsolutePath().toString())).toList()));
    }

    private void documentChanged() {
        WorkshopDocument doc = document();
        if (autosaver != null) {
            autosaver.offer(doc.current(), doc.isDirty(), doc.file().orElse(null), baseline);
        }
        if (!doc.isDirty()) {
            autosaveProblem.set(null); // nothing unsaved is left for a recovery copy to keep
        }
        revision.set(revision.get() + 1);
    }
}
