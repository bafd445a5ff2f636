package com.motstudio.model;

/** Where an improvement action stands. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    BLOCKED,
    DROPPED
}
