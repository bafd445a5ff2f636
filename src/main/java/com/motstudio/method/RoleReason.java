package com.motstudio.method;

/** Why the data suggests a role for a touchpoint. */
public enum RoleReason {
    /** The first touchpoint of the journey: first touch. */
    FIRST_IN_JOURNEY,
    /** The last touchpoint of the journey: end. */
    LAST_IN_JOURNEY,
    /** The peak (most intense point) of a customer type's emotion curve: strongly felt. */
    EMOTION_PEAK,
    /** Frequency rated {@value RoleSuggestions#HIGH_RATING} or more on average: high frequency. */
    FREQUENCY_RATING,
    /** Perception intensity rated {@value RoleSuggestions#HIGH_RATING} or more on average: strongly felt. */
    PERCEPTION_RATING
}
