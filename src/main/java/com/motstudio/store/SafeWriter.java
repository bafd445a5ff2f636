package com.motstudio.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes a file so that a crash, a full disk or a refused move never leaves it broken: the bytes go
 * to a temporary file beside the target ({@code .name.mot.json.tmp-<pid>-<random>}, see
 * {@link AbandonedTemps}) and are forced to disk, the old file is kept as {@code name.mot.json.bak},
 * then the temporary file is moved over the target — atomically where the file system can, retried
 * with back-off while the OS refuses (Windows holds open files), and copied over as the last resort.
 * The new file gets the old one's access rights; a read-only file is replaced only when the caller
 * says so. On failure the temporary file is removed and the old target is left as it was.
 */
final class SafeWriter {
    /** Pauses between attempts to move while another program holds the target (about 1.5 s in all). */
    private static final long[] RETRY_PAUSES_MS = {50, 100, 200, 400, 800};

    /**
     * How a write treats what it replaces: whether the old file is kept as {@code .bak}, whether the
     * file is for its owner's eyes only ({@code 600}: recovery copies, settings), and whether a
     * read-only file may be replaced.
     */
    record Policy(boolean keepBackup, boolean ownerOnly, boolean overwriteReadOnly) {
        static final Policy WORKSHOP = new Policy(true, false, false);
        static final Policy WORKSHOP_OVER_READ_ONLY = new Policy(true, false, true);
        static final Policy PRIVATE_COPY = new Policy(false, true, true);
    }

    private final FileOps ops;

    SafeWriter(FileOps ops) {
        this.ops = ops;
    }

    static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    void write(Path requested, FileText text, Policy policy) throws SaveException {
        Path target = resolved(requested);
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SaveException(SaveException.Reason.FOLDER_NOT_WRITABLE, requested, null);
        }
        if (Files.isDirectory(target)) {
            throw new SaveException(SaveException.Reason.TARGET_IS_FOLDER, requested, null);
        }
        FileAccess access = FileAccess.of(target);
        if (access != null && access.readOnly() && !policy.overwriteReadOnly()) {
            throw new SaveException(SaveException.Reason.READ_ONLY, requested, null);
        }
        AbandonedTemps.removeBeside(target);
        Path temp = AbandonedTemps.next(target);
        try {
            if (policy.keepBackup() && access != null) {
                // first, so that a kill leaves at most one temporary file: the .bak's or the new text's
                keepBackup(target, requested, true);
            }
            writeTemp(temp, requested, text, policy.ownerOnly() || access != null);
            if (access != null && !policy.ownerOnly()) {
                access.giveModeTo(temp); // before the move: the new file is never readable by more people than the old
            }
            if (access != null) {
                access.unlock(target);
            }
            try {
                replace(temp, target, requested, access != null && policy.keepBackup(), access == null);
            } finally {
                if (access != null && !policy.ownerOnly()) {
                    access.giveTo(target);
                }
            }
            ops.syncFolder(folder);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The file to replace: a symbolic link is followed so the link itself survives the save. */
    static Path resolved(Path requested) {
        Path absolute = requested.toAbsolutePath();
        try {
            return Files.isSymbolicLink(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    private void deleteQuietly(Path temp) {
        try {
            ops.deleteIfExists(temp);
        } catch (IOException e) {
            // a stray temporary file is harmless and goes at the next save; whether the save worked is decided already
        }
    }

    private void writeTemp(Path temp, Path requested, FileText text, boolean ownerOnly) throws SaveException {
        try {
            ops.writeNew(temp, text, ownerOnly);
        } catch (AccessDeniedException e) {
            throw new SaveException(SaveException.Reason.FOLDER_NOT_WRITABLE, requested, e);
        } catch (IOException e) {
            throw failure(SaveException.Reason.WRITE_FAILED, requested, e);
        }
    }

    /**
     * Keeps the current file as .bak: a hard link where allowed and the file system has them (instant;
     * the move then leaves the old content under the .bak name alone), otherwise a copy. It is made
     * under a temporary name and then moved over the old .bak, so a .bak is there at every moment.
     */
    private void keepBackup(Path target, Path requested, boolean mayLink) throws SaveException {
        Path fresh = AbandonedTemps.next(target);
        try {
            if (!mayLink || !linked(fresh, target)) {
                ops.copy(target, fresh, StandardCopyOption.COPY_ATTRIBUTES);
            }
            try {
                ops.move(fresh, backupOf(target), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                ops.move(fresh, backupOf(target), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failure(SaveException.Reason.WRITE_FAILED, requested, e);
        } finally {
            deleteQuietly(fresh); // left when the old .bak already was a link to the target (a rename then does nothing)
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
