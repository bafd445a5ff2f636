package com.motstudio.model;

/** The outcome of one checklist item in an audit. */
public record AuditResult(
        String itemId,
        AuditOutcome outcome,
        String note) {
    public AuditResult {
        note = Values.text(note);
    }
}
