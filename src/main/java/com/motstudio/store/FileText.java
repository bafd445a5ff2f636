package com.motstudio.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32C;

/**
 * The bytes of a file being saved, as parts in file order, some of which may still be printing on
 * other cores: a save writes each part as soon as it is ready, so printing and writing overlap, and
 * parts printed by an earlier save (unchanged stages) are written again without printing them.
 */
final class FileText {
    private final List<CompletableFuture<byte[]>> parts;

    FileText(List<CompletableFuture<byte[]>> parts) {
        this.parts = List.copyOf(parts);
    }

    static FileText of(byte[] bytes) {
        return new FileText(List.of(CompletableFuture.completedFuture(bytes)));
    }

    /** Writes every part in order, each as soon as it has been printed. */
    void writeTo(WritableByteChannel channel) throws IOException {
        for (CompletableFuture<byte[]> part : parts) {
            ByteBuffer buffer = ByteBuffer.wrap(part.join());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /** The whole text in one array (waits for every part). */
    byte[] bytes() {
        if (parts.size() == 1) {
            return parts.getFirst().join();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.toIntExact(Math.min(size(), Integer.MAX_VALUE - 8)));
        parts.forEach(part -> out.writeBytes(part.join()));
        return out.toByteArray();
    }

    long size() {
        return parts.stream().mapToLong(part -> part.join().length).sum();
    }

    /** The CRC-32C of the whole text, as {@link SavedFile#checksum(byte[])} gives it for the bytes. */
    long checksum() {
        CRC32C crc = new CRC32C();
        parts.forEach(part -> crc.update(part.join()));
        return crc.getValue();
    }
}
