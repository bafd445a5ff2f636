package com.motstudio.ui.journey;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.feather.Feather;

/**
 * How an emotion score reads at a glance in the table and the form: a face (from the icon font, so
 * it shows on every machine) coloured from red to green, and a signed number.
 */
final class Faces {
    private Faces() {}

    static FontIcon of(int score) {
        FontIcon face = new FontIcon(score >= 2 ? Feather.SMILE : score <= -2 ? Feather.FROWN : Feather.MEH);
        face.getStyleClass().add(score >= 2 ? "emotion-good" : score <= -2 ? "emotion-bad" : "emotion-neutral");
        return face;
    }

    static String signed(int score) {
        return score > 0 ? "+" + score : Integer.toString(score);
    }
}
