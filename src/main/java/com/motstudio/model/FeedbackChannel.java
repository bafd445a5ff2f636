package com.motstudio.model;

/** Where a piece of feedback came from. */
public enum FeedbackChannel {
    ON_SITE_DEVICE,
    ONLINE,
    PHONE,
    LETTER,
    INSPECTION
}
