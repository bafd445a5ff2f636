package com.motstudio.model;

/** A table group in the room; groups may rate as one rater. */
public record ParticipantGroup(
        String id,
        String name) {
    public ParticipantGroup {
        name = Values.text(name);
    }
}
