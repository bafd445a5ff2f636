package com.motstudio.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.model.Workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Opens and saves workshop files ({@code name.mot.json}). Opening never throws for a bad file: it
 * returns every problem found, with where it is. Saving is safe (see {@link SafeWriter}) and writes
 * back the fields this version does not know. Immutable and safe to use from any thread.
 */
public final class WorkshopStore {
    private final ObjectWriter writer;
    private final WorkshopReader reader;
    private final SafeWriter safeWriter;

    public WorkshopStore() {
        this(FileOps.REAL, Migrations.standard());
    }

    WorkshopStore(FileOps ops, Migrations migrations) {
        ObjectMapper mapper = JsonSetup.mapper();
        this.writer = JsonSetup.writer(mapper);
        this.reader = new WorkshopReader(ops, mapper, new SchemaCheck(), migrations);
        this.safeWriter = new SafeWriter(ops);
    }

    /** Reads and checks a workshop file; a bad file gives {@link LoadResult.Refused}, never an exception. */
    public LoadResult open(Path file) {
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
        Output output = output(workshop, previous);
        safeWriter.write(target, output.bytes(), true);
        return SavedFile.of(target, output.bytes(), output.unknownFieldsSource());
    }

    /** The exact bytes {@link #save} would write. */
    public byte[] toJson(Workshop workshop, SavedFile previous) {
        return output(workshop, previous).bytes();
    }

    /** True when the file was changed, replaced or removed since {@code baseline} was taken. */
    public boolean changedOnDisk(SavedFile baseline) {
        try {
            return !Files.isRegularFile(baseline.path()) || baseline.differsFrom(baseline.path());
        } catch (IOException e) {
            return true; // cannot tell: better to ask than to overwrite
        }
    }

    /** Writes a recovery copy safely, without keeping a .bak of the previous copy. */
    void writeCopy(Workshop workshop, Path target) throws SaveException {
        writeCopy(workshop, null, target);
    }

    /** A recovery copy that keeps the unknown fields {@code baseline} carries, like a save would. */
    void writeCopy(Workshop workshop, SavedFile baseline, Path target) throws SaveException {
        safeWriter.write(target, toJson(workshop, baseline), false);
    }

    void writeCopy(byte[] bytes, Path target) throws SaveException {
        safeWriter.write(target, bytes, false);
    }

    /** What a save writes, and the tree to keep when it holds unknown fields (else null). */
    private record Output(byte[] bytes, JsonNode unknownFieldsSource) {}

    private Output output(Workshop workshop, SavedFile previous) {
        ObjectNode tree = WorkshopCodec.write(workshop);
        JsonNode old = previous == null ? null : previous.unknownFieldsSource();
        boolean carried = old != null && UnknownFields.carryOver(old, tree);
        return new Output(bytes(tree), carried ? tree : null);
    }

    /** Pretty-printed UTF-8 with LF line ends and a final newline. */
    private byte[] bytes(JsonNode tree) {
        try {
            byte[] json = writer.writeValueAsBytes(tree);
            byte[] file = Arrays.copyOf(json, json.length + 1);
            file[json.length] = '\n';
            return file;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a workshop tree always serializes", e);
        }
    }
}
