package com.motstudio.store;

import com.motstudio.text.Texts;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** Saving failed and the file that was there before is intact; says why, in the user's language. */
public final class SaveException extends IOException {
    /** Why a save failed, each with its message in the {@code problems} bundle. */
    public enum Reason {
        FOLDER_NOT_WRITABLE, TARGET_IS_FOLDER, WRITE_FAILED, DISK_FULL, MOVE_REFUSED,
        /** The file would be larger than Open accepts: nothing was written, so the last file that opens stays. */
        TOO_LARGE,
        /** The file is read-only: nothing was written; the user may still choose to replace it. */
        READ_ONLY
    }

    private final transient Path target;
    private final Reason reason;
    private final long size;

    SaveException(Reason reason, Path target, Throwable cause) {
        this(reason, target, cause, 0);
    }

    private SaveException(Reason reason, Path target, Throwable cause, long size) {
        super(reason + ": " + target + (cause == null ? "" : " (" + cause + ")"), cause);
        this.reason = reason;
        this.target = target;
        this.size = size;
    }

    /** A file of {@code size} bytes would not open again (see {@link Limits#MAX_FILE_BYTES}). */
    static SaveException tooLarge(Path target, long size) {
        return new SaveException(Reason.TOO_LARGE, target, null, size);
    }

    public Path target() {
        return target;
    }

    public Reason reason() {
        return reason;
    }

    /** One or two sentences for a person: what failed, and that the file on disk is unchanged. */
    public String describe(Texts texts) {
        Path name = target.getFileName();
        return switch (reason) {
            case FOLDER_NOT_WRITABLE -> texts.format("problem.save.folderNotWritable", name, target.toAbsolutePath().getParent());
            case TARGET_IS_FOLDER -> texts.format("problem.save.targetIsFolder", name);
            case WRITE_FAILED -> texts.format("problem.save.writeFailed", name, detail());
            case DISK_FULL -> texts.format("problem.save.diskFull", name);
            case MOVE_REFUSED -> texts.format("problem.save.moveRefused", name, detail());
            case TOO_LARGE -> texts.format("problem.save.tooLarge", name, Limits.megabytes(size), Limits.megabytes(Limits.MAX_FILE_BYTES));
            case READ_ONLY -> texts.format("problem.save.readOnly", name);
        };
    }

    /** The system's own words, without the temporary file's name that a person never saw. */
    private String detail() {
        Throwable cause = getCause();
        if (cause instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
    }
}
