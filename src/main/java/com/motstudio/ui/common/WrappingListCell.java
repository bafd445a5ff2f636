package com.motstudio.ui.common;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;

/** A list cell whose text wraps to the list's width and grows in height, instead of being cut. */
public class WrappingListCell<T> extends ListCell<T> {
    private final Text text = new Text();

    public WrappingListCell(ListView<?> list) {
        text.getStyleClass().add("wrapping-cell-text");
        text.wrappingWidthProperty().bind(list.widthProperty().subtract(40));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setGraphic(text);
    }

    /** Shows {@code shown} (nothing when null) and gives it to assistive technology. */
    protected void show(String shown) {
        text.setText(shown == null ? "" : shown);
        setAccessibleText(shown);
    }
}
