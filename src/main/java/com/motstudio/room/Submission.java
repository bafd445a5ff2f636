package com.motstudio.room;

import java.time.Instant;
import java.util.List;

/**
 * A participant's answers to one activity as last sent: a new submission replaces the old one whole.
 *
 * @param done true when the participant said they have finished (dot voting with dots left, say)
 */
public record Submission(String participantId, String activityId, List<AnswerCell> cells, boolean done, Instant at) {
    public Submission {
        cells = List.copyOf(cells);
    }

    /** Finished: said so, or answered every question of the activity. */
    public boolean finished(Activity activity) {
        if (done) {
            return true;
        }
        int given = activity.kind() == ActivityKind.DOTS ? cells.stream().mapToInt(AnswerCell::value).sum() : cells.size();
        return given >= activity.answersWhenComplete();
    }
}
