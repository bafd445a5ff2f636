package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a document last read from or wrote to its file: the path; the size, modification time and
 * SHA-256 of the bytes then (to notice changes made by someone else); and the JSON tree that may
 * hold fields this version does not know, so that a save can write them back. Opaque outside the
 * store.
 */
public final class SavedFile {
    private final Path path;
    private final long size;
    private final FileTime modified;
    private final byte[] sha256;
    private final JsonNode unknownFieldsSource;

    private SavedFile(Path path, long size, FileTime modified, byte[] sha256, JsonNode unknownFieldsSource) {
        this.path = path;
        this.size = size;
        this.modified = modified;
        this.sha256 = sha256;
        this.unknownFieldsSource = unknownFieldsSource;
    }

    /**
     * The baseline for {@code bytes} just read from or written to {@code file}. {@code tree} is the
     * opened file's tree, or after a save the tree written if it kept unknown fields; null when there
     * is nothing to carry, so an ordinary document holds no tree once it has been saved.
     */
    static SavedFile of(Path file, byte[] bytes, JsonNode tree) {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            modified = FileTime.fromMillis(0); // unknown: changedOnDisk then decides by content
        }
        return new SavedFile(file, bytes.length, modified, sha256(bytes), tree);
    }

    public Path path() {
        return path;
    }

    /** The tree whose unknown fields a save writes back, or null when it is known to have none. */
    JsonNode unknownFieldsSource() {
        return unknownFieldsSource;
    }

    /** True when {@code file}'s current content differs from what this baseline recorded. */
    boolean differsFrom(Path file) throws IOException {
        if (Files.size(file) != size) {
            return true;
        }
        if (Files.getLastModifiedTime(file).equals(modified)) {
            return false;
        }
        // Same size, new time: a sync tool or editor may have rewritten the same bytes; look inside.
        return !Arrays.equals(sha256(Files.readAllBytes(file)), sha256);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
