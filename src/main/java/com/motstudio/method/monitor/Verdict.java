package com.motstudio.method.monitor;

/** How a figure moved from one round to another. */
public enum Verdict {
    IMPROVED,
    WORSE,
    SAME,
    /** A figure without a better direction (e.g. how much feedback came in), or missing in a round. */
    NOT_COMPARABLE
}
