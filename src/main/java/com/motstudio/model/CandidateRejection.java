package com.motstudio.model;

/** A touchpoint the team looked at as a candidate moment of truth and set aside, and why. */
public record CandidateRejection(
        String touchpointId,
        String reason) {
    public CandidateRejection {
        reason = Values.text(reason);
    }
}
