package com.motstudio.method.plan;

/**
 * Where an action falls on the impact–effort matrix. Ratings run 1–5; impact 3 or more counts as
 * high and effort 4 or more as high, so a middling action (3, 3) is a quick win: the matrix
 * errs towards doing things (see docs/decisions/0010-planning.md).
 */
public enum Quadrant {
    QUICK_WIN,
    MAJOR_PROJECT,
    FILL_IN,
    THANKLESS;

    public static final int HIGH_IMPACT = 3;
    public static final int HIGH_EFFORT = 4;

    public static Quadrant of(int effort, int impact) {
        boolean high = impact >= HIGH_IMPACT;
        boolean hard = effort >= HIGH_EFFORT;
        if (high) {
            return hard ? MAJOR_PROJECT : QUICK_WIN;
        }
        return hard ? THANKLESS : FILL_IN;
    }
}
