package com.motstudio.ui.plan;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

import java.util.function.Function;

/** Combo boxes that show their values by a label function (enum labels, names for ids). */
final class Choices {
    private Choices() {}

    static <T> ComboBox<T> of(Function<T, String> label) {
        return of(label, "");
    }

    /** Shows {@code none} for the null value (e.g. "All statuses" in a filter). */
    static <T> ComboBox<T> of(Function<T, String> label, String none) {
        ComboBox<T> box = new ComboBox<>();
        box.setCellFactory(l -> cell(label, none));
        box.setButtonCell(cell(label, none));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(v -> label.apply(v).equals(text)).findFirst().orElse(null);
            }
        });
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> label, String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? none : label.apply(item));
            }
        };
    }
}
