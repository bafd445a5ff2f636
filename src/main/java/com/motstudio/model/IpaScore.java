package com.motstudio.model;

/** Importance and performance of a touchpoint for importance–performance analysis. */
public record IpaScore(
        String touchpointId,
        double importance,
        double performance) {
}
