package com.motstudio.model;

/** Dots a participant placed on a touchpoint. */
public record DotVote(
        String participantId,
        String touchpointId,
        int count) {
}
