package com.motstudio.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;

/**
 * What an empty table or list says instead of JavaFX's "No content in table": in the app's
 * language, and what to do to fill it.
 */
public final class Placeholder {
    private Placeholder() {}

    public static Label of(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder-text");
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setPadding(new Insets(8, 12, 8, 12));
        label.setMaxWidth(420);
        return label;
    }
}
