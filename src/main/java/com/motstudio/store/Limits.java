package com.motstudio.store;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;

import java.util.Locale;

/**
 * The largest file MOT Studio opens and the bounds Jackson enforces while reading it. A large real
 * workshop (10,000 touchpoints with notes) is about 12 MB, so these leave room while keeping a
 * broken or hostile file from exhausting memory or the stack.
 */
final class Limits {
    /** Files above this size are refused before they are read (50 MB). */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Objects and lists inside each other; a workshop needs about 8 levels. */
    static final int MAX_NESTING_DEPTH = 100;
    /** One text value (an embedded logo is the largest). */
    static final int MAX_STRING_LENGTH = 20 * 1024 * 1024;
    /** Digits of one number. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** Characters of one field name. */
    static final int MAX_NAME_LENGTH = 10_000;
    /** Schema and reference problems listed one by one; the rest are counted in one more line. */
    static final int MAX_PROBLEMS = 50;

    private Limits() {}

    static StreamReadConstraints read() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxDocumentLength(MAX_FILE_BYTES)
                .build();
    }

    /** The same depth for writing, so MOT Studio never writes a file it would refuse to open. */
    static StreamWriteConstraints write() {
        return StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build();
    }

    /** A size in megabytes with one decimal, as the messages show it. */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
