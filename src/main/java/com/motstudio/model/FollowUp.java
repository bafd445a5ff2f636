package com.motstudio.model;

import java.time.LocalDate;

/** The follow-up of a bad review: deadline, what was fixed, and how the customer rated the fix. */
public record FollowUp(
        LocalDate deadline,
        String rectification,
        Integer fixRating,
        FollowUpStatus status,
        LocalDate closedOn) {
    public FollowUp {
        rectification = Values.text(rectification);
        status = Values.or(status, FollowUpStatus.OPEN);
    }
}
