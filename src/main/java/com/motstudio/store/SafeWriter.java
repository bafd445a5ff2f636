package com.motstudio.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a crash, a full disk or a refused move never leaves it broken: the bytes go
 * to a temporary file beside the target and are forced to disk, the old file is kept as
 * {@code .bak}, then the temporary file is moved over the target — atomically where the file system
 * can, with retries where the OS holds the target open (Windows), and a plain copy as last resort.
 */
final class SafeWriter {
    private static final long[] RETRY_PAUSES_MS = {50, 100, 200, 400, 800};

    private final FileOps ops;

    SafeWriter(FileOps ops) {
        this.ops = ops;
    }

    static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    void write(Path target, byte[] bytes, boolean keepBackup) throws SaveException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SaveException(SaveException.Reason.FOLDER_NOT_WRITABLE, absolute, null);
        }
        Path temp = folder.resolve("." + absolute.getFileName() + ".tmp-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
        try {
            writeTemp(temp, absolute, bytes);
            boolean existed = Files.exists(absolute);
            if (keepBackup && existed) {
                keepBackup(absolute);
            }
            replace(temp, absolute, existed && keepBackup, !existed);
            ops.syncFolder(folder);
        } finally {
            try {
                ops.deleteIfExists(temp);
            } catch (IOException e) {
                // a stray temporary file is harmless; the save itself has been decided already
            }
        }
    }

    private void writeTemp(Path temp, Path target, byte[] bytes) throws SaveException {
        try {
            ops.writeNew(temp, bytes);
        } catch (AccessDeniedException e) {
            throw new SaveException(SaveException.Reason.FOLDER_NOT_WRITABLE, target, e);
        } catch (IOException e) {
            throw new SaveException(isDiskFull(e) ? SaveException.Reason.DISK_FULL : SaveException.Reason.WRITE_FAILED, target, e);
        }
    }

    /**
     * Keeps the current file as .bak: a hard link where the file system has them (instant, and the
     * move below then leaves the old content under the .bak name), a copy where it does not (FAT
     * USB sticks).
     */
    private void keepBackup(Path target) throws SaveException {
        Path backup = backupOf(target);
        try {
            ops.deleteIfExists(backup);
            try {
                ops.link(backup, target);
            } catch (IOException | UnsupportedOperationException e) {
                ops.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new SaveException(isDiskFull(e) ? SaveException.Reason.DISK_FULL : SaveException.Reason.WRITE_FAILED, target, e);
        }
    }

    private void replace(Path temp, Path target, boolean hasBackup, boolean wasNew) throws SaveException {
        IOException last = null;
        for (int attempt = 0; attempt <= RETRY_PAUSES_MS.length; attempt++) {
            try {
                ops.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (AtomicMoveNotSupportedException e) {
                last = e;
                break;
            } catch (FileSystemException e) {
                last = e;
                if (attempt < RETRY_PAUSES_MS.length && !pause(RETRY_PAUSES_MS[attempt])) {
                    break;
                }
            } catch (IOException e) {
                last = e;
                break;
            }
        }
        copyOver(temp, target, last, hasBackup, wasNew);
    }

    /** Last resort when no move works: copy the bytes over the target, restoring it from .bak on failure. */
    private void copyOver(Path temp, Path target, IOException moveFailure, boolean hasBackup, boolean wasNew) throws SaveException {
        try {
            ops.copy(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            e.addSuppressed(moveFailure);
            restore(target, hasBackup, wasNew);
            throw new SaveException(isDiskFull(e) ? SaveException.Reason.DISK_FULL : SaveException.Reason.MOVE_REFUSED, target, moveFailure);
        }
    }

    /** After a failed copy-over: put the .bak back, or remove a partial file where there was none before. */
    private void restore(Path target, boolean hasBackup, boolean wasNew) {
        try {
            if (hasBackup) {
                ops.copy(backupOf(target), target, StandardCopyOption.REPLACE_EXISTING);
            } else if (wasNew) {
                ops.deleteIfExists(target);
            }
        } catch (IOException e) {
            // the .bak is still there for the person to recover by hand; the save is reported as failed
        }
    }

    private boolean pause(long millis) {
        try {
            ops.pause(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean isDiskFull(IOException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("no space left") || message.contains("not enough space") || message.contains("disk full");
    }
}
