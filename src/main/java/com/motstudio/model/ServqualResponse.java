package com.motstudio.model;

import java.util.List;

/** One respondent's SERVQUAL answers and optional dimension weights. */
public record ServqualResponse(
        String id,
        String respondent,
        List<ServqualAnswer> answers,
        List<DimensionWeight> weights) {
    public ServqualResponse {
        respondent = Values.text(respondent);
        answers = Values.list(answers);
        weights = Values.list(weights);
    }
}
