package com.motstudio.ui.common;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableColumn;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.text.Text;
import javafx.util.converter.DefaultStringConverter;

/**
 * A table cell edited in a text field (double click or Enter) whose text, when not being edited,
 * wraps to the column's width instead of ending in an ellipsis: for a questionnaire's statements.
 */
public final class WrappingTextFieldCell<S> extends TextFieldTableCell<S, String> {
    private final Text text = new Text();

    public WrappingTextFieldCell() {
        super(new DefaultStringConverter());
        text.fillProperty().bind(textFillProperty());
        text.fontProperty().bind(fontProperty());
        text.wrappingWidthProperty().bind(widthProperty().subtract(14));
    }

    /** Makes a column's cells editable in a text field and wrapping. */
    public static <S> void on(TableColumn<S, String> column) {
        column.setCellFactory(c -> new WrappingTextFieldCell<>());
    }

    @Override
    public void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        showWrapped();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        showWrapped();
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        showWrapped();
    }

    private void showWrapped() {
        if (isEditing()) {
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY); // the text field
            return;
        }
        boolean none = isEmpty() || getItem() == null;
        text.setText(none ? "" : getItem());
        setGraphic(none ? null : text);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY); // the text stays set for screen readers
    }
}
