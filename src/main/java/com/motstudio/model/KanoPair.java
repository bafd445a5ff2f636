package com.motstudio.model;

/** A respondent's answers to one need's functional and dysfunctional questions. */
public record KanoPair(
        String needId,
        KanoAnswer functional,
        KanoAnswer dysfunctional) {
}
