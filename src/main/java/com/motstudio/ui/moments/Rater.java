package com.motstudio.ui.moments;

/** Who gives a set of trait ratings: a participant or a table group. */
public record Rater(String id, String name, boolean group) {}
