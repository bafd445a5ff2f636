package com.motstudio.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.model.Workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * Opens and saves workshop files ({@code name.mot.json}). Opening never throws for a bad file: it
 * returns every problem found, with where it is. Saving is safe (see {@link SafeWriter}) and keeps
 * fields this version does not know.
 */
public final class WorkshopStore {
    private final ObjectMapper mapper = JsonSetup.mapper();
    private final ObjectWriter writer = JsonSetup.writer(mapper);
    private final WorkshopReader reader;
    private final SafeWriter safeWriter;

    public WorkshopStore() {
        this(FileOps.REAL, Migrations.standard());
    }

    WorkshopStore(FileOps ops, Migrations migrations) {
        this.reader = new WorkshopReader(mapper, new SchemaCheck(), migrations);
        this.safeWriter = new SafeWriter(ops);
    }

    public LoadResult open(Path file) {
        return reader.read(file);
    }

    /** Reads a workshop from bytes that came from {@code name} (used for messages only). */
    public LoadResult read(Path name, byte[] bytes) {
        return reader.read(name, bytes);
    }

    /**
     * Saves safely to {@code target}. {@code previous} is this document's baseline (from open or the
     * last save), or null for a new document; unknown fields it holds are written back.
     */
    public SavedFile save(Workshop workshop, Path target, SavedFile previous) throws SaveException {
        ObjectNode tree = tree(workshop, previous);
        byte[] bytes = bytes(tree);
        safeWriter.write(target, bytes, true);
        return Stamps.of(target, bytes, tree);
    }

    /** Writes a recovery copy safely, without a .bak of the previous copy. */
    void writeCopy(Workshop workshop, Path target) throws SaveException {
        safeWriter.write(target, bytes(WorkshopCodec.write(workshop)), false);
    }

    void writeCopy(byte[] bytes, Path target) throws SaveException {
        safeWriter.write(target, bytes, false);
    }

    /** The exact bytes {@link #save} would write. */
    public byte[] toJson(Workshop workshop, SavedFile previous) {
        return bytes(tree(workshop, previous));
    }

    /** True when the file was changed, replaced or removed since {@code baseline} was taken. */
    public boolean changedOnDisk(SavedFile baseline) {
        Path file = baseline.path();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) != baseline.size()) {
                return true;
            }
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(baseline.modified())) {
                return false;
            }
            return !baseline.sameContent(Stamps.checksum(Files.readAllBytes(file)));
        } catch (IOException e) {
            return true;
        }
    }

    private ObjectNode tree(Workshop workshop, SavedFile previous) {
        ObjectNode tree = WorkshopCodec.write(workshop);
        if (previous != null && previous.tree() != null) {
            UnknownFields.carryOver(previous.tree(), tree);
        }
        return tree;
    }

    private byte[] bytes(ObjectNode tree) {
        try {
            byte[] json = writer.writeValueAsBytes(tree);
            byte[] file = java.util.Arrays.copyOf(json, json.length + 1);
            file[json.length] = '\n';
            return file;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a workshop tree always serializes", e);
        }
    }
}
