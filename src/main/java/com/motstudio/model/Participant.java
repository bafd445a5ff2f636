package com.motstudio.model;

/** A person taking part in the workshop; may belong to a group and rates or votes. */
public record Participant(
        String id,
        String name,
        String groupId,
        String role) {
    public Participant {
        name = Values.text(name);
        groupId = Values.text(groupId);
        role = Values.text(role);
    }
}
