package com.motstudio.room;

import java.time.Instant;

/**
 * Someone who joined the room from a phone.
 *
 * @param id      the public id the facilitator and the results see
 * @param token   the secret the phone keeps (localStorage) to come back as the same participant
 * @param name    the name typed, "" when anonymous
 * @param groupId the table group chosen, "" for none
 */
public record RoomParticipant(String id, String token, String name, String groupId, Instant joinedAt) {
    public boolean anonymous() {
        return name.isEmpty();
    }
}
