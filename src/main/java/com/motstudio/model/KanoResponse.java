package com.motstudio.model;

import java.util.List;

/** One respondent's KANO answers. */
public record KanoResponse(
        String id,
        String respondent,
        List<KanoPair> answers) {
    public KanoResponse {
        respondent = Values.text(respondent);
        answers = Values.list(answers);
    }
}
