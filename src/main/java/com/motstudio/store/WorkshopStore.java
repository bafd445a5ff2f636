package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.model.Workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens and saves workshop files ({@code name.mot.json}). Opening never throws for a bad file: it
 * returns every problem found, with where it is. Saving is safe (see {@link SafeWriter}) and writes
 * back the fields this version does not know. Immutable and safe to use from any thread.
 */
public final class WorkshopStore {
    private final ObjectMapper mapper;
    private final WorkshopReader reader;
    private final SafeWriter safeWriter;

    public WorkshopStore() {
        this(FileOps.REAL, Migrations.standard());
    }

    WorkshopStore(FileOps ops, Migrations migrations) {
        this.mapper = JsonSetup.mapper();
        this.reader = new WorkshopReader(ops, mapper, new SchemaCheck(), migrations);
        this.safeWriter = new SafeWriter(ops);
    }

    /** Reads and checks a workshop file; a bad file gives {@link LoadResult.Refused}, never an exception. */
    public LoadResult open(Path file) {
        AbandonedTemps.removeBeside(SafeWriter.resolved(file));
        return reader.read(file);
    }

    /** Reads a workshop from bytes said to come from {@code file} (which is named in problems only). */
    LoadResult read(Path file, byte[] bytes) {
        return reader.read(file, bytes);
    }

    /**
     * Saves safely to {@code target}. {@code previous} is this document's baseline (from open or the
     * last save), or null for a new document; unknown fields it holds are written back.
     */
    public SavedFile save(Workshop workshop, Path target, SavedFile previous) throws SaveException {
        return save(workshop, target, previous, false);
    }

    /**
     * As {@link #save(Workshop, Path, SavedFile)}; a read-only target is refused
     * ({@link SaveException.Reason#READ_ONLY}) unless {@code overwriteReadOnly} says the user agreed
     * to replace it. The new file keeps the old one's access rights either way.
     */
    public SavedFile save(Workshop workshop, Path target, SavedFile previous, boolean overwriteReadOnly) throws SaveException {
        Output output = output(workshop, previous);
        refuseTooLarge(output.text(), target);
        safeWriter.write(target, output.text(), overwriteReadOnly ? SafeWriter.Policy.WORKSHOP_OVER_READ_ONLY : SafeWriter.Policy.WORKSHOP);
        return SavedFile.of(target, output.text(), output.unknownFieldsSource(), output.printed());
    }

    /**
     * Starts printing, in the background, the stages the next save of this just-opened workshop
     * will write, so the first save after opening reuses them like every later save. Returns the
     * baseline to keep; opening for a check only (the command line) does not need this.
     */
    public SavedFile prepareSave(Workshop workshop, SavedFile baseline) {
        if (baseline.journeyHasUnknownFields()) {
            return baseline; // such a save goes through a tree and prints nothing ahead
        }
        return baseline.withPrinted(baseline.printedStages().next(workshop.journey()));
    }

    /** The exact bytes {@link #save} would write. */
    public byte[] toJson(Workshop workshop, SavedFile previous) {
        return output(workshop, previous).text().bytes();
    }

    /** True when the file was changed, replaced or removed since {@code baseline} was taken. */
    public boolean changedOnDisk(SavedFile baseline) {
        try {
            return !Files.isRegularFile(baseline.path()) || baseline.differsFrom(baseline.path());
        } catch (IOException e) {
            return true; // cannot tell: better to ask than to overwrite
        }
    }

    /** Writes a recovery copy safely, readable by its owner only, without keeping a .bak of the previous copy. */
    void writeCopy(Workshop workshop, Path target) throws SaveException {
        writeCopy(workshop, null, target);
    }

    /** A recovery copy that keeps the unknown fields {@code baseline} carries, like a save would. */
    void writeCopy(Workshop workshop, SavedFile baseline, Path target) throws SaveException {
        FileText text = output(workshop, baseline).text();
        refuseTooLarge(text, target);
        safeWriter.write(target, text, SafeWriter.Policy.PRIVATE_COPY);
    }

    /**
     * A file Open would refuse is never written: typing or pasting can grow a workshop past the limit
     * that imports check before they add anything; the last file (or recovery copy) that opens stays.
     */
    private static void refuseTooLarge(FileText text, Path target) throws SaveException {
        if (text.size() > Limits.MAX_FILE_BYTES) {
            throw SaveException.tooLarge(target, text.size());
        }
    }

    void writeCopy(byte[] bytes, Path target) throws SaveException {
        safeWriter.write(target, FileText.of(bytes), SafeWriter.Policy.PRIVATE_COPY);
    }

    /**
     * What a save writes; the tree to keep when it holds unknown fields (else null); the printed
     * stages the next save may reuse.
     */
    private record Output(FileText text, JsonNode unknownFieldsSource, PrintedStages printed) {}

    private Output output(Workshop workshop, SavedFile previous) {
        JsonNode old = previous == null ? null : previous.unknownFieldsSource();
        ObjectNode tree = WorkshopCodec.writeSections(workshop);
        if (previous != null && previous.journeyHasUnknownFields()) {
            // rare: the journey goes through a tree too, so its unknown fields can be merged in
            tree.set("journey", JourneyJson.tree(workshop.journey(), mapper));
            UnknownFields.carryOver(old, tree);
            return new Output(FileText.of(JsonPrinter.file(tree, 1 << 16)), tree, PrintedStages.NONE);
        }
        boolean carried = old != null && UnknownFields.carryOver(old, tree);
        PrintedStages printed = (previous == null ? PrintedStages.NONE : previous.printedStages()).next(workshop.journey());
        return new Output(WorkshopCodec.print(tree, printed.texts()), carried ? tree : null, printed);
    }
}
