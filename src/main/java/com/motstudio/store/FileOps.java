package com.motstudio.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The file-system steps of opening and safely saving a workshop, behind an interface so tests can
 * make any step fail (an unreadable file, a full disk, a move Windows refuses) and check the result.
 */
interface FileOps {
    long size(Path file) throws IOException;

    byte[] read(Path file) throws IOException;

    /**
     * Creates {@code file} (it must not exist), writes the text and forces it to disk. With
     * {@code ownerOnly} it is created readable by its owner only ({@code 600}) where the system has modes.
     */
    void writeNew(Path file, FileText text, boolean ownerOnly) throws IOException;

    void copy(Path from, Path to, CopyOption... options) throws IOException;

    /** Makes {@code link} a second name of {@code existing}'s content (a hard link). */
    void link(Path link, Path existing) throws IOException;

    void move(Path from, Path to, CopyOption... options) throws IOException;

    void deleteIfExists(Path file) throws IOException;

    /** Forces a folder's entries (a rename) to disk where the OS allows it. */
    void syncFolder(Path folder);

    void pause(long millis) throws InterruptedException;

    /** The real file system. */
    FileOps REAL = new FileOps() {
        @Override
        public long size(Path file) throws IOException {
            return Files.size(file);
        }

        @Override
        public byte[] read(Path file) throws IOException {
            return Files.readAllBytes(file);
        }

        @Override
        public void writeNew(Path file, FileText text, boolean ownerOnly) throws IOException {
            FileAttribute<?>[] attributes = ownerOnly && FileAccess.supportsPosix(file)
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FileAccess.OWNER_ONLY)} : new FileAttribute<?>[0];
            try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
                text.writeTo(channel);
                channel.force(true);
            }
        }

        @Override
        public void copy(Path from, Path to, CopyOption... options) throws IOException {
            Files.copy(from, to, options);
        }

        @Override
        public void link(Path link, Path existing) throws IOException {
            Files.createLink(link, existing);
        }

        @Override
        public void move(Path from, Path to, CopyOption... options) throws IOException {
            Files.move(from, to, options);
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            Files.deleteIfExists(file);
        }

        @Override
        public void syncFolder(Path folder) {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException | UnsupportedOperationException e) {
                // Windows cannot open a folder as a channel; NTFS journals the rename itself
            }
        }

        @Override
        public void pause(long millis) throws InterruptedException {
            Thread.sleep(millis);
        }
    };
}
