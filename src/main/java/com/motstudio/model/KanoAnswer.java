package com.motstudio.model;

/** The five answers to a KANO question: like, must-be, neutral, live-with, dislike. */
public enum KanoAnswer {
    LIKE,
    MUST_BE,
    NEUTRAL,
    LIVE_WITH,
    DISLIKE
}
