package com.motstudio.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small list editor shared by the setup page's lists: an editable table (Enter commits a cell)
 * over the view model's list, with a row of buttons under it.
 */
public final class EditableTable<T> {
    private final TableView<T> table;
    private final HBox buttons = new HBox(6);
    private final VBox root;
    private final Consumer<T> update;

    /** {@code update} receives an edited row, as a new value; the view model decides whether to keep it. */
    public EditableTable(String id, ObservableList<T> items, Consumer<T> update, String placeholder) {
        this.update = update;
        table = new TableView<>(items);
        table.setId(id);
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label(placeholder));
        table.setFixedCellSize(34);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(items).multiply(34).add(40).map(h -> Math.min(Math.max(h.doubleValue(), 110), 330)));
        table.getStyleClass().add(Styles.BORDERED);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, table, buttons);
    }

    public Parent root() {
        return root;
    }

    public TableView<T> table() {
        return table;
    }

    public T selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    public void textColumn(String title, double width, Function<T, String> get, BiFunction<T, String, T> set) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(get.apply(c.getValue())));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> update.accept(set.apply(e.getRowValue(), e.getNewValue() == null ? "" : e.getNewValue().strip())));
        table.getColumns().add(column);
    }

    /** A column picked from {@code choices}; the list may change later (e.g. groups being added). */
    public <V> void choiceColumn(String title, double width, ObservableList<V> choices, StringConverter<V> shown,
                                 Function<T, V> get, BiFunction<T, V, T> set) {
        TableColumn<T, V> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleObjectProperty<>(get.apply(c.getValue())));
        column.setCellFactory(ChoiceBoxTableCell.forTableColumn(shown, choices));
        column.setOnEditCommit(e -> update.accept(set.apply(e.getRowValue(), e.getNewValue())));
        table.getColumns().add(column);
    }

    public <V> void column(String title, double width, Function<T, V> get, StringConverter<V> converter, BiFunction<T, V, T> set) {
        TableColumn<T, V> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleObjectProperty<>(get.apply(c.getValue())));
        column.setCellFactory(TextFieldTableCell.forTableColumn(converter));
        column.setOnEditCommit(e -> {
            update.accept(set.apply(e.getRowValue(), e.getNewValue()));
            table.refresh();
        });
        table.getColumns().add(column);
    }

    /** Adds a button under the table; {@code needsSelection} disables it while no row is selected. */
    public Button button(String id, String text, Ikon icon, boolean needsSelection, Runnable action) {
        Button button = new Button(text, icon == null ? null : new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setOnAction(e -> action.run());
        if (needsSelection) {
            button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        buttons.getChildren().add(button);
        return button;
    }

    /** Selects the row whose key matches after the list was replaced (e.g. after a move). */
    public void reselect(Function<T, String> key, String value) {
        for (T item : table.getItems()) {
            if (key.apply(item).equals(value)) {
                table.getSelectionModel().select(item);
                return;
            }
        }
    }
}
