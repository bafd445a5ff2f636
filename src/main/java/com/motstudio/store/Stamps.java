package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.CRC32C;

/** Makes the {@link SavedFile} baseline for bytes just read from or written to a file. */
final class Stamps {
    private Stamps() {}

    static SavedFile of(Path file, byte[] bytes, JsonNode tree) {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            modified = FileTime.fromMillis(0);
        }
        return new SavedFile(file, bytes.length, modified, checksum(bytes), tree);
    }

    /**
     * A CRC-32C of the content: with the size it tells whether a file changed, and the CPU computes
     * it at memory speed (a cryptographic hash took ~30 ms for a 12 MB workshop).
     */
    static long checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }
}
