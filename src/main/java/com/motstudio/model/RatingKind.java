package com.motstudio.model;

/** Rating instruments: NPS (0–10), CSAT (1–5) and the government 好差评 five levels (1 = 非常不满意 … 5 = 非常满意). */
public enum RatingKind {
    NPS,
    CSAT,
    GOOD_BAD_REVIEW
}
