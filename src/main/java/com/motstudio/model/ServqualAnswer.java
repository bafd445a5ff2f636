package com.motstudio.model;

/** A respondent's expectation and perception for one item; either may be missing. */
public record ServqualAnswer(
        String itemId,
        Integer expectation,
        Integer perception) {
}
