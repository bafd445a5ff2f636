package com.motstudio.ui.timer;

/**
 * What the timer counts down: an activity from a page's guidance ({@code page} and its place in the
 * list) or, with a null page, a length the facilitator typed, named by the bundle key
 * {@code nameKey} when it has one (a room activity), so the name follows a change of language.
 */
public record TimedActivity(String page, int index, int minutes, String nameKey) {
    public static final int MAX_MINUTES = 600;

    public TimedActivity {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes " + minutes);
        }
    }

    public TimedActivity(String page, int index, int minutes) {
        this(page, index, minutes, null);
    }

    /** A typed length for an activity named by a bundle key (e.g. a room session's activity). */
    public static TimedActivity named(String nameKey, int minutes) {
        return new TimedActivity(null, -1, minutes, nameKey);
    }

    /** A countdown of any length, named only "Timer". */
    public static TimedActivity ofMinutes(int minutes) {
        return new TimedActivity(null, -1, minutes);
    }

    public boolean isCustom() {
        return page == null;
    }
}
