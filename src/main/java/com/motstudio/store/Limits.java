package com.motstudio.store;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;

/**
 * The largest file MOT Studio opens and the bounds Jackson enforces while reading it. A real
 * workshop of 10,000 touchpoints is about 10 MB, so these leave room without letting a hostile or
 * broken file exhaust memory or the stack.
 */
final class Limits {
    /** Files above this size are refused before they are read. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 100;
    static final int MAX_STRING_LENGTH = 20 * 1024 * 1024;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 10_000;
    /** Schema problems listed one by one; the rest are counted in one more line. */
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

    static StreamWriteConstraints write() {
        return StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build();
    }
}
