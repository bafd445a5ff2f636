package com.motstudio.ui.present;

import java.util.Locale;

/** The kinds of slide presentation mode shows, in the order a clicker walks through them. */
public enum Slide {
    MAP, CURVES, RANKING, MATRIX, ROUNDS, KPIS;

    /** The part of its text keys and control ids: {@code present.slide.map}, {@code #present-show-map}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
