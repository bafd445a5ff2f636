package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * What a document last read from or wrote to its file: the path, the file's size, time and
 * checksum then (to notice changes made by someone else), and the JSON tree (to keep fields this
 * version does not know). Opaque outside the store.
 */
public final class SavedFile {
    private final Path path;
    private final long size;
    private final FileTime modified;
    private final long checksum;
    private final JsonNode tree;

    SavedFile(Path path, long size, FileTime modified, long checksum, JsonNode tree) {
        this.path = path;
        this.size = size;
        this.modified = modified;
        this.checksum = checksum;
        this.tree = tree;
    }

    public Path path() {
        return path;
    }

    long size() {
        return size;
    }

    FileTime modified() {
        return modified;
    }

    boolean sameContent(long otherChecksum) {
        return checksum == otherChecksum;
    }

    JsonNode tree() {
        return tree;
    }
}
