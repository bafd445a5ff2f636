package com.motstudio.model;

import java.util.List;

/** A KANO survey: the needs asked about and the responses. */
public record KanoSurvey(
        List<KanoNeed> needs,
        List<KanoResponse> responses) {
    public KanoSurvey {
        needs = Values.list(needs);
        responses = Values.list(responses);
    }

    public static KanoSurvey empty() {
        return new KanoSurvey(List.of(), List.of());
    }
}
