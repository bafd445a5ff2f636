package com.motstudio.model;

/** Roles that make a touchpoint a likely moment of truth. */
public enum TouchpointRole {
    FIRST,
    COMPLAINT,
    HIGH_FREQUENCY,
    HIGH_PERCEPTION,
    END
}
