package com.motstudio.model;

/** The scale a feedback rating is given on: 好差评 five levels (1–5, 5 best), 1–5, or 0–10. */
public enum FeedbackScale {
    GOOD_BAD_REVIEW,
    ONE_TO_FIVE,
    ZERO_TO_TEN
}
