package com.motstudio.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a crash, a full disk or a refused move never leaves it broken: the bytes go
 * to a temporary file beside the target ({@code .name.mot.json.tmp-<random>}) and are forced to
 * disk, the old file is kept as {@code name.mot.json.bak}, then the temporary file is moved over
 * the target — atomically where the file system can, retried with back-off while the OS refuses
 * (Windows holds open files), and copied over as the last resort. On failure the temporary file is
 * removed and the old target is left as it was.
 */
final class SafeWriter {
    /** Temporary files older than this beside a target were left by a save that never finished. */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofHours(1);
    /** Pauses between attempts to move while another program holds the target (about 1.5 s in all). */
    private static final long[] RETRY_PAUSES_MS = {50, 100, 200, 400, 800};

    private final FileOps ops;

    SafeWriter(FileOps ops) {
        this.ops = ops;
    }

    static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    void write(Path requested, FileText text, boolean keepBackup) throws SaveException {
        Path target = resolved(requested);
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SaveException(SaveException.Reason.FOLDER_NOT_WRITABLE, requested, null);
        }
        if (Files.isDirectory(target)) {
            throw new SaveException(SaveException.Reason.TARGET_IS_FOLDER, requested, null);
        }
        Path temp = folder.resolve("." + target.getFileName() + ".tmp-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
        try {
            writeTemp(temp, requested, text);
            boolean existed = Files.exists(target);
            if (keepBackup && existed) {
                keepBackup(target, requested, true);
            }
            replace(temp, target, requested, existed && keepBackup, !existed);
            ops.syncFolder(folder);
            removeAbandonedTemps(folder, target);
        } finally {
            try {
                ops.deleteIfExists(temp);
            } catch (IOException e) {
                // a stray temporary file is harmless; whether the save worked is decided already
            }
        }
    }

    /**
     * Removes temporary files a killed or crashed save left beside the target. Only those older than
     * an hour go, so a save another program is making at this moment is never disturbed.
     */
    private static void removeAbandonedTemps(Path folder, Path target) {
        java.time.Instant cutoff = java.time.Instant.now().minus(ABANDONED_AFTER);
        try (java.nio.file.DirectoryStream<Path> temps = Files.newDirectoryStream(folder, "." + globSafe(target) + ".tmp-*")) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying up is a courtesy; the save itself has succeeded
        }
    }

    private static String globSafe(Path target) {
        return target.getFileName().toString().replaceAll("([\\[\\]{}*?\\\\])", "\\\\$1");
    }

    /** The file to replace: a symbolic link is followed so the link itself survives the save. */
    private static Path resolved(Path requested) {
        Path absolute = requested.toAbsolutePath();
        try {
            return Files.isSymbolicLink(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    private void writeTemp(Path temp, Path requested, FileText text) throws SaveException {
        try {
            ops.writeNew(temp, text);
        } catch (AccessDeniedException e) {
            throw new SaveException(SaveException.Reason.FOLDER_NOT_WRITABLE, requested, e);
        } catch (IOException e) {
            throw failure(SaveException.Reason.WRITE_FAILED, requested, e);
        }
    }

    /**
     * Keeps the current file as .bak: a hard link where allowed and the file system has them (instant;
     * the move then leaves the old content under the .bak name alone), otherwise a copy.
     */
    private void keepBackup(Path target, Path requested, boolean mayLink) throws SaveException {
        Path backup = backupOf(target);
        try {
            ops.deleteIfExists(backup);
            if (!mayLink || !linked(backup, target)) {
                ops.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw failure(SaveException.Reason.WRITE_FAILED, requested, e);
        }
    }

    private boolean linked(Path link, Path existing) {
        try {
            ops.link(link, existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // FAT (USB sticks) and some network shares have no hard links
        }
    }

    private void replace(Path temp, Path target, Path requested, boolean hasBackup, boolean wasNew) throws SaveException {
        IOException refusal = null;
        for (int attempt = 0; attempt <= RETRY_PAUSES_MS.length; attempt++) {
            try {
                ops.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (AtomicMoveNotSupportedException e) {
                refusal = e;
                break;
            } catch (FileSystemException e) {
                refusal = e; // AccessDeniedException too: Windows says so while another program has the file open
                if (attempt == RETRY_PAUSES_MS.length || !pause(RETRY_PAUSES_MS[attempt])) {
                    break;
                }
            } catch (IOException e) {
                refusal = e;
                break;
            }
        }
        copyOver(temp, target, requested, refusal, hasBackup, wasNew);
    }

    /**
     * The non-atomic last resort: copy the bytes over the target, putting the old one back if that
     * fails. Copying writes into the target's own content, which a hard-linked .bak shares, so the
     * .bak is made a real copy first.
     */
    private void copyOver(Path temp, Path target, Path requested, IOException refusal, boolean hasBackup, boolean wasNew)
            throws SaveException {
        if (hasBackup) {
            keepBackup(target, requested, false);
        }
        try {
            ops.copy(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            e.addSuppressed(refusal);
            restore(target, hasBackup, wasNew);
            throw failure(SaveException.Reason.MOVE_REFUSED, requested, e);
        }
    }

    /** After a failed copy-over: put the .bak back, or remove a partial file where there was none. */
    private void restore(Path target, boolean hasBackup, boolean wasNew) {
        try {
            if (hasBackup) {
                ops.copy(backupOf(target), target, StandardCopyOption.REPLACE_EXISTING);
            } else if (wasNew) {
                ops.deleteIfExists(target);
            }
        } catch (IOException e) {
            // the .bak is still there to recover by hand; the save is reported as failed either way
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

    /** A full disk is named as such whichever step ran out of space. */
    private static SaveException failure(SaveException.Reason reason, Path target, IOException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        boolean full = message.contains("no space left") || message.contains("not enough space") || message.contains("disk full")
                || message.contains("quota exceeded");
        return new SaveException(full ? SaveException.Reason.DISK_FULL : reason, target, e);
    }
}
