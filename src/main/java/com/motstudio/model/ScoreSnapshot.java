package com.motstudio.model;

/** A touchpoint's moment-of-truth score as recorded when a review round closed. */
public record ScoreSnapshot(
        String touchpointId,
        double score) {
}
