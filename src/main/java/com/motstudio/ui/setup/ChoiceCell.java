package com.motstudio.ui.setup;

import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;

import java.util.function.Function;

/**
 * The shown part of a combo box in a list row, as wide as its longest choice, so that the combo
 * boxes of all rows have one width and the fields after them line up like a table's columns.
 */
final class ChoiceCell<T> extends ListCell<T> {
    private final ObservableList<T> choices;
    private final Function<T, String> label;

    ChoiceCell(ObservableList<T> choices, Function<T, String> label) {
        this.choices = choices;
        this.label = label;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? "" : label.apply(item));
    }

    @Override
    protected double computePrefWidth(double height) {
        Text probe = new Text();
        probe.setFont(getFont());
        double widest = 0;
        for (T choice : choices) {
            probe.setText(label.apply(choice));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return Math.max(super.computePrefWidth(height), snappedLeftInset() + Math.ceil(widest) + snappedRightInset());
    }
}
