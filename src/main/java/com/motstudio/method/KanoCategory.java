package com.motstudio.method;

/** The KANO categories a pair of answers is classified into, with their usual one-letter codes. */
public enum KanoCategory {
    ATTRACTIVE("A"),
    ONE_DIMENSIONAL("O"),
    MUST_BE("M"),
    INDIFFERENT("I"),
    REVERSE("R"),
    QUESTIONABLE("Q");

    private final String letter;

    KanoCategory(String letter) {
        this.letter = letter;
    }

    /** A, O, M, I, R or Q. */
    public String letter() {
        return letter;
    }
}
