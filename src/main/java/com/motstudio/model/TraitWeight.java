package com.motstudio.model;

/** The weight of a trait in the moment-of-truth score (default 1 for each). */
public record TraitWeight(
        Trait trait,
        double weight) {
}
