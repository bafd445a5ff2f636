package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;

/**
 * What a document last read from or wrote to its file: the path, the file's size, time and
 * SHA-256 then (to notice changes made by someone else), and the JSON tree (to keep fields this
 * version does not know). Opaque outside the store.
 */
public final class SavedFile {
    private final Path path;
    private final long size;
    private final FileTime modified;
    private final byte[] sha256;
    private final JsonNode tree;

    SavedFile(Path path, long size, FileTime modified, byte[] sha256, JsonNode tree) {
        this.path = path;
        this.size = size;
        this.modified = modified;
        this.sha256 = sha256.clone();
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

    boolean sameContent(byte[] otherSha256) {
        return Arrays.equals(sha256, otherSha256);
    }

    JsonNode tree() {
        return tree;
    }
}
