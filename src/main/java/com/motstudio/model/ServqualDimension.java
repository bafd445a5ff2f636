package com.motstudio.model;

/** The five SERVQUAL dimensions. */
public enum ServqualDimension {
    TANGIBLES,
    RELIABILITY,
    RESPONSIVENESS,
    ASSURANCE,
    EMPATHY
}
