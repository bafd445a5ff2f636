package com.motstudio.ui.common;

import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.List;

/**
 * The width of a text's longest word at a font: a wrapping label or column is never made narrower,
 * so it breaks between words ("Touchpoint details") and never inside one ("Descriptio n").
 */
public final class LongestWord {
    private LongestWord() {}

    /** Lets a wrapping label wrap between words only, at whatever text size it is shown. */
    public static void keepWhole(Labeled label) {
        label.fontProperty().subscribe(font -> label.setMinWidth(
                width(List.of(label.getText()), font) + label.snappedLeftInset() + label.snappedRightInset() + 2));
    }

    /** The width of the widest word of these texts at this font, in pixels (rounded up). */
    public static double width(List<String> texts, Font font) {
        double widest = 0;
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                Text measured = new Text(word);
                measured.setFont(font);
                widest = Math.max(widest, measured.getLayoutBounds().getWidth());
            }
        }
        return Math.ceil(widest);
    }
}
