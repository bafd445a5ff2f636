package com.motstudio.store;

import com.motstudio.text.Texts;

import java.io.IOException;
import java.nio.file.Path;

/** Saving failed; the file that was there before is intact. Says why, in the user's language. */
public final class SaveException extends IOException {
    /** Why a save failed. Each has a message {@code problem.save.<reason>} in the bundles. */
    public enum Reason { FOLDER_NOT_WRITABLE, WRITE_FAILED, DISK_FULL, MOVE_REFUSED }

    private final transient Path target;
    private final Reason reason;

    SaveException(Reason reason, Path target, Throwable cause) {
        super(reason + ": " + target + (cause == null ? "" : " (" + cause + ")"), cause);
        this.reason = reason;
        this.target = target;
    }

    public Path target() {
        return target;
    }

    public Reason reason() {
        return reason;
    }

    public String describe(Texts texts) {
        String detail = getCause() == null || getCause().getMessage() == null ? "" : getCause().getMessage();
        return switch (reason) {
            case FOLDER_NOT_WRITABLE -> texts.format("problem.save.folderNotWritable", target.getFileName(), target.getParent(), detail);
            case WRITE_FAILED -> texts.format("problem.save.writeFailed", target.getFileName(), detail);
            case DISK_FULL -> texts.format("problem.save.diskFull", target.getFileName());
            case MOVE_REFUSED -> texts.format("problem.save.moveRefused", target.getFileName(), detail);
        };
    }
}
