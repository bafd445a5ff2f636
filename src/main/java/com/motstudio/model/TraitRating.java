package com.motstudio.model;

/** One rater's 1–5 rating of one trait of one touchpoint. A rater is a participant or a group. */
public record TraitRating(
        String raterId,
        String touchpointId,
        Trait trait,
        int value) {
}
