package com.motstudio.store;

/** Normal text, or large text for a projector at the back of a classroom. */
public enum TextSize {
    NORMAL(13), LARGE(17);

    private final int pixels;

    TextSize(int pixels) {
        this.pixels = pixels;
    }

    public int pixels() {
        return pixels;
    }
}
