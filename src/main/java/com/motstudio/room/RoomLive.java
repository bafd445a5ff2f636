package com.motstudio.room;

import java.util.List;

/**
 * What the facilitator sees while an activity runs, without any result: who joined, who answered
 * and who finished.
 *
 * @param activityId the open activity, "" when none
 * @param answers    answers received in all for the open activity
 */
public record RoomLive(String activityId, List<Person> people, int answered, int finished, int answers, boolean revealed) {
    public RoomLive {
        people = List.copyOf(people);
    }

    /** One participant and how far they are in the open activity. */
    public record Person(String id, String name, String groupId, int answers, boolean finished) {}
}
