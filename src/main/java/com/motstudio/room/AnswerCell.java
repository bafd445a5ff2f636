package com.motstudio.room;

/**
 * One answer of a participant: a value for one part of one item. Emotions are −5…+5, trait ratings
 * 1–5, dots 0…budget, KANO answers 0–4 (like, must-be, neutral, live-with, dislike, as
 * {@link com.motstudio.model.KanoAnswer}), SERVQUAL values on the survey's scale, a poll 1 (agree)
 * or 0 (disagree).
 */
public record AnswerCell(String item, String part, int value) {}
