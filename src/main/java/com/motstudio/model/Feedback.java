package com.motstudio.model;

import java.time.LocalDate;

/** A piece of customer feedback, with the follow-up a bad review needs (null otherwise). */
public record Feedback(
        String id,
        LocalDate date,
        FeedbackChannel channel,
        String touchpointId,
        String momentId,
        FeedbackScale scale,
        Integer rating,
        String text,
        String handler,
        FollowUp followUp) {
    public Feedback {
        touchpointId = Values.text(touchpointId);
        momentId = Values.text(momentId);
        text = Values.text(text);
        handler = Values.text(handler);
    }

    public Feedback withFollowUp(FollowUp value) {
        return new Feedback(id, date, channel, touchpointId, momentId, scale, rating, text, handler, value);
    }
}
