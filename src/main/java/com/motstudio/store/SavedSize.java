package com.motstudio.store;

import com.motstudio.model.Workshop;

/**
 * The size a workshop's file would have, beside the largest file MOT Studio opens: an import checks
 * it before it adds anything, so that nothing it adds makes a file that cannot be opened again.
 */
public final class SavedSize {
    private SavedSize() {}

    /** The largest file Open accepts, in bytes. */
    public static long limit() {
        return Limits.MAX_FILE_BYTES;
    }

    /**
     * The bytes a save of {@code workshop} writes, leaving out the fields unknown to this version that
     * its file may carry (rare, and small). Prints the whole workshop: about 100 ms at the limit.
     */
    public static long of(Workshop workshop) {
        return WorkshopCodec.print(WorkshopCodec.writeSections(workshop), PrintedStages.NONE.next(workshop.journey()).texts())
                .size();
    }

    /** A size in megabytes with one decimal, as messages show it. */
    public static String megabytes(long bytes) {
        return Limits.megabytes(bytes);
    }
}
