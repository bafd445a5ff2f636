package com.motstudio.model;

import java.util.List;

/** NPS, CSAT or 好差评 results for one touchpoint, or the whole journey when touchpointId is empty. */
public record RatingSurvey(
        String id,
        RatingKind kind,
        String name,
        String touchpointId,
        List<RatingCount> counts) {
    public RatingSurvey {
        name = Values.text(name);
        touchpointId = Values.text(touchpointId);
        counts = Values.list(counts);
    }
}
