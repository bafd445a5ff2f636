package com.motstudio.method;

/** The four quadrants of importance–performance analysis (Martilla &amp; James 1977). */
public enum IpaQuadrant {
    /** High importance, low performance: fix these first. */
    CONCENTRATE_HERE,
    /** High importance, high performance. */
    KEEP_UP_THE_GOOD_WORK,
    /** Low importance, low performance. */
    LOW_PRIORITY,
    /** Low importance, high performance: effort may be better spent elsewhere. */
    POSSIBLE_OVERKILL
}
