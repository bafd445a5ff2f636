package com.motstudio.model;

/** Where the follow-up of a bad review stands. */
public enum FollowUpStatus {
    OPEN,
    RECTIFIED,
    CLOSED
}
