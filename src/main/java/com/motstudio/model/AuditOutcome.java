package com.motstudio.model;

/** The result of one checklist item in a counter audit. */
public enum AuditOutcome {
    PASS,
    FAIL,
    NOT_APPLICABLE
}
