package com.motstudio.room;

import java.util.List;

/**
 * Everything a room session has received, as plain values: kept beside the workshop's recovery copy
 * so that a crash loses no answer, and restored into a new session after it. It holds the phones'
 * tokens (so they can come back after a restore): keep it where only the user can read it, as the
 * recovery folder is.
 *
 * @param openActivityId the activity the phones see, "" when none
 * @param revealed       whether that activity's results are shown
 */
public record RoomSnapshot(List<RoomParticipant> participants, List<Activity> activities, List<Submission> submissions,
                           String openActivityId, boolean revealed) {
    public RoomSnapshot {
        participants = List.copyOf(participants);
        activities = List.copyOf(activities);
        submissions = List.copyOf(submissions);
        openActivityId = openActivityId == null ? "" : openActivityId;
    }

    public static RoomSnapshot empty() {
        return new RoomSnapshot(List.of(), List.of(), List.of(), "", false);
    }
}
