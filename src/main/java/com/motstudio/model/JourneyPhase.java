package com.motstudio.model;

/** Where in the relationship a touchpoint sits: attract (front), decide and use (middle), retain (back). */
public enum JourneyPhase {
    FRONT,
    MIDDLE,
    BACK
}
