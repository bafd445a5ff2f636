package com.motstudio.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A column title that wraps onto more lines when the column is narrow (large text, a small
 * screen), instead of ending in an ellipsis; the header grows to hold it.
 */
public final class WrappedHeader {
    private WrappedHeader() {}

    /** Moves the column's title into a text that wraps at the column's width. */
    public static void on(TableColumn<?, ?> column) {
        Text title = new Text(column.getText());
        title.setTextAlignment(TextAlignment.CENTER);
        title.getStyleClass().add("wrapped-header");
        title.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
        // never narrower than the longest word of the title at the text size shown (large text widens it)
        title.fontProperty().subscribe(font -> column.setMinWidth(Math.max(column.getMinWidth(), longestWord(title.getText(), font) + 16)));
        column.setGraphic(title);
        column.setText(null);
    }

    private static double longestWord(String text, javafx.scene.text.Font font) {
        double widest = 0;
        for (String word : text.split("\\s+")) {
            Text measured = new Text(word);
            measured.setFont(font);
            widest = Math.max(widest, measured.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }
}
