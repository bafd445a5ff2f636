package com.motstudio.model;

/** The traits a team rates 1–5 per touchpoint to find its moments of truth. */
public enum Trait {
    EMOTIONAL_IMPACT,
    DECISION_POINT,
    CONTROLLABILITY,
    SPREAD,
    FREQUENCY,
    PERCEPTION_INTENSITY
}
