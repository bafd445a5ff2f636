package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.CRC32C;

/**
 * What a document last read from or wrote to its file: the path; the size, modification time and
 * CRC-32C of the bytes then (to notice changes made by someone else); and the JSON tree that may
 * hold fields this version does not know, so that a save can write them back; after a save, the
 * printed text of its stages (see {@link PrintedStages}). Opaque outside the store.
 */
public final class SavedFile {
    private final Path path;
    private final long size;
    private final FileTime modified;
    private final long checksum;
    private final JsonNode unknownFieldsSource;
    private final PrintedStages printed;
    /** Whether the tree's journey holds unknown fields, once that has been looked at (else null). */
    private final Boolean journeyUnknown;

    private SavedFile(Path path, long size, FileTime modified, long checksum, JsonNode unknownFieldsSource,
                      PrintedStages printed) {
        this(path, size, modified, checksum, unknownFieldsSource, printed, null);
    }

    private SavedFile(Path path, long size, FileTime modified, long checksum, JsonNode unknownFieldsSource,
                      PrintedStages printed, Boolean journeyUnknown) {
        this.path = path;
        this.size = size;
        this.modified = modified;
        this.checksum = checksum;
        this.unknownFieldsSource = unknownFieldsSource;
        this.printed = printed;
        this.journeyUnknown = journeyUnknown;
    }

    /**
     * The baseline for {@code bytes} just read from or written to {@code file}. {@code tree} is the
     * opened file's tree, or after a save the tree written if it kept unknown fields; null when there
     * is nothing to carry, so an ordinary document holds no tree once it has been saved.
     */
    static SavedFile of(Path file, byte[] bytes, JsonNode tree) {
        return new SavedFile(file, bytes.length, modifiedTime(file), checksum(bytes), tree, PrintedStages.NONE);
    }

    /** The baseline after saving {@code text}, keeping its printed stages for the next save to reuse. */
    static SavedFile of(Path file, FileText text, JsonNode tree, PrintedStages printed) {
        return new SavedFile(file, text.size(), modifiedTime(file), text.checksum(), tree, printed);
    }

    /** This baseline with stage texts a save may reuse (printing perhaps still under way). */
    SavedFile withPrinted(PrintedStages value) {
        return new SavedFile(path, size, modified, checksum, unknownFieldsSource, value, false);
    }

    /** True when the kept tree's journey holds fields this version does not know (looked at once). */
    boolean journeyHasUnknownFields() {
        if (journeyUnknown != null) {
            return journeyUnknown;
        }
        return unknownFieldsSource != null && JourneyJson.hasUnknownFields(unknownFieldsSource.get("journey"));
    }

    private static FileTime modifiedTime(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0); // unknown: changedOnDisk then decides by content
        }
    }

    public Path path() {
        return path;
    }

    /** The tree whose unknown fields a save writes back, or null when it is known to have none. */
    JsonNode unknownFieldsSource() {
        return unknownFieldsSource;
    }

    /** The stages this baseline's save printed, for the next save to reuse. */
    PrintedStages printedStages() {
        return printed;
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
        return checksum(Files.readAllBytes(file)) != checksum;
    }

    /**
     * With the size, enough to tell whether a file changed; the CPU computes CRC-32C at memory speed,
     * where SHA-256 cost about 8 ms per open and save of a 12 MB workshop.
     */
    static long checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }
}
