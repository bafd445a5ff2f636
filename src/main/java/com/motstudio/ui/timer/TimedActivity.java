package com.motstudio.ui.timer;

/**
 * What the timer counts down: an activity from a page's guidance ({@code page} and its place in the
 * list) or, with a null page, a length the facilitator typed.
 */
public record TimedActivity(String page, int index, int minutes) {
    public static final int MAX_MINUTES = 600;

    public TimedActivity {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes " + minutes);
        }
    }

    /** A countdown of any length, named only "Timer". */
    public static TimedActivity ofMinutes(int minutes) {
        return new TimedActivity(null, -1, minutes);
    }

    public boolean isCustom() {
        return page == null;
    }
}
