package com.motstudio.model;

import java.util.List;

/** A customer need asked about in a KANO survey, with its functional and dysfunctional questions. */
public record KanoNeed(
        String id,
        String name,
        String functionalQuestion,
        String dysfunctionalQuestion,
        List<String> touchpointIds) {
    public KanoNeed {
        name = Values.text(name);
        functionalQuestion = Values.text(functionalQuestion);
        dysfunctionalQuestion = Values.text(dysfunctionalQuestion);
        touchpointIds = Values.list(touchpointIds);
    }
}
