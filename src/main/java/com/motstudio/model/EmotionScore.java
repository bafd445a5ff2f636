package com.motstudio.model;

/** How one customer type feels at a touchpoint, from −5 (very bad) to +5 (delighted). */
public record EmotionScore(
        String customerTypeId,
        int score) {
    public static final int MIN = -5;
    public static final int MAX = 5;
}
