package com.motstudio.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * A column title that wraps onto more lines when the column is narrow (large text, a small
 * screen), instead of ending in an ellipsis; the header grows to hold it.
 */
public final class WrappedHeader {
    private WrappedHeader() {}

    /** Moves the column's title into a text that wraps at the column's width. */
    public static void on(TableColumn<?, ?> column) {
        on(column, List.of());
    }

    /**
     * As {@link #on(TableColumn)}, and the column is never narrower than the longest word of its
     * title or of these values (short ones such as channel names, which should not wrap inside a word).
     */
    public static void on(TableColumn<?, ?> column, List<String> values) {
        Text title = new Text(column.getText());
        title.setTextAlignment(TextAlignment.CENTER);
        title.getStyleClass().add("wrapped-header");
        title.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
        List<String> words = new java.util.ArrayList<>(values);
        words.add(title.getText());
        // at the text size shown: large text widens it
        title.fontProperty().subscribe(font -> column.setMinWidth(Math.max(column.getMinWidth(), LongestWord.width(words, font) + 18)));
        column.setGraphic(title);
        column.setText(null);
    }
}
