package com.motstudio.ui.common;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps to the column's width (the row grows) instead of ending in an
 * ellipsis: for text the user must read whole, such as evidence or a touchpoint's name.
 */
public final class WrappingCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    public WrappingCell() {
        text.fillProperty().bind(textFillProperty());
        text.fontProperty().bind(fontProperty());
        text.wrappingWidthProperty().bind(widthProperty().subtract(14));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** Makes a column's cells wrap. */
    public static <S> void on(TableColumn<S, String> column) {
        column.setCellFactory(c -> new WrappingCell<>());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setGraphic(empty || item == null ? null : text);
        setText(empty ? null : item); // not shown (graphic only): read by screen readers
    }
}
