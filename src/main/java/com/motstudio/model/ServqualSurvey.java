package com.motstudio.model;

import java.util.List;

/** A SERVQUAL instrument (its items and scale) with the responses collected. */
public record ServqualSurvey(
        int scaleMin,
        int scaleMax,
        List<ServqualItem> items,
        List<ServqualResponse> responses) {
    public ServqualSurvey {
        items = Values.list(items);
        responses = Values.list(responses);
    }

    public static ServqualSurvey empty() {
        return new ServqualSurvey(1, 7, List.of(), List.of());
    }
}
