package com.motstudio.model;

/** How many answers gave a value (a single score is a count of 1). */
public record RatingCount(
        int value,
        int count) {
}
