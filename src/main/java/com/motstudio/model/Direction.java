package com.motstudio.model;

/** Whether a KPI improves by going up or down. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
