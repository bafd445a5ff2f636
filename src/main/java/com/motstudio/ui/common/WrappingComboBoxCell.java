package com.motstudio.ui.common;

import javafx.collections.ObservableList;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * A table cell edited with a drop-down whose shown value wraps to the column's width (the row
 * grows) instead of ending in an ellipsis: a long touchpoint name stays readable at large text.
 */
public final class WrappingComboBoxCell<S, T> extends ComboBoxTableCell<S, T> {
    private final Text text = new Text();

    public WrappingComboBoxCell(StringConverter<T> converter, ObservableList<T> items) {
        super(converter, items);
        text.fillProperty().bind(textFillProperty());
        text.fontProperty().bind(fontProperty());
        text.wrappingWidthProperty().bind(widthProperty().subtract(14));
    }

    @Override
    public void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        wrap();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        wrap();
    }

    /** Outside editing, the value as wrapping text (the drop-down is the graphic while editing). */
    private void wrap() {
        if (isEditing() || isEmpty()) {
            setContentDisplay(ContentDisplay.LEFT);
            return;
        }
        text.setText(getText() == null ? "" : getText());
        setGraphic(text);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY); // the text stays set: screen readers read it
    }
}
