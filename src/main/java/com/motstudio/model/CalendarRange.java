package com.motstudio.model;

import java.time.LocalDate;

/**
 * The dates a workshop holds: years 1900 to 9999. The file writes a date as yyyy-MM-dd, which has
 * room for four-digit years only, so a date typed or imported outside this range is refused where
 * it enters (a form, a CSV row) rather than saved into a file that would not open again.
 */
public final class CalendarRange {
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;

    private CalendarRange() {}

    public static boolean holds(LocalDate date) {
        return date != null && date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }
}
