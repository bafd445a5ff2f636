package com.motstudio.ui.moments;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A table that answers are typed into, as on a paper questionnaire read out loud: a key in a
 * chosen cell of a typed column sets its value and the next typed cell is chosen (along the row,
 * then down), so a questionnaire is entered without the mouse.
 *
 * @param <R> the row, e.g. a SERVQUAL item or a KANO need
 */
final class TypedGrid<R> {
    private final TableView<R> table = new TableView<>();
    private final List<TableColumn<R, String>> typed = new ArrayList<>();

    TypedGrid(String id, String accessibleText) {
        table.setId(id);
        table.setAccessibleText(accessibleText);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    TableView<R> table() {
        return table;
    }

    /** A column that only shows. */
    void column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = column(title, width, value, null);
        if (width < 60) {
            column.setMaxWidth(width);
        } else if (width >= 150) {
            com.motstudio.ui.common.WrappingCell.on(column); // names and statements are read whole
        }
        table.getColumns().add(column);
    }

    /** A column typed into: {@code key} sets the row's value for a key and says whether it took it. */
    void typedColumn(String title, double width, Function<R, String> value, BiPredicate<R, KeyCode> key) {
        TableColumn<R, String> column = column(title, width, value, key);
        typed.add(column);
        table.getColumns().add(column);
    }

    void refresh() {
        table.refresh();
    }

    /** Focuses the first typed cell of the first row (e.g. after a new respondent was added). */
    void start() {
        table.requestFocus();
        if (!table.getItems().isEmpty() && !typed.isEmpty()) {
            table.getSelectionModel().clearAndSelect(0, typed.getFirst());
            table.scrollTo(0);
        }
    }

    private TableColumn<R, String> column(String title, double width, Function<R, String> value, BiPredicate<R, KeyCode> key) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setUserData(key);
        com.motstudio.ui.common.WrappedHeader.on(column);
        return column;
    }

    @SuppressWarnings("unchecked")
    private void keys(KeyEvent e) {
        List<TablePosition> cells = table.getSelectionModel().getSelectedCells();
        if (cells.isEmpty() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        TablePosition<R, ?> at = cells.getFirst();
        if (at.getTableColumn() == null || !(at.getTableColumn().getUserData() instanceof BiPredicate<?, ?> key)
                || at.getRow() < 0 || at.getRow() >= table.getItems().size()) {
            return;
        }
        if (((BiPredicate<R, KeyCode>) key).test(table.getItems().get(at.getRow()), e.getCode())) {
            e.consume();
            advance(at);
        }
    }

    private void advance(TablePosition<R, ?> at) {
        int column = typed.indexOf(at.getTableColumn());
        int row = at.getRow();
        if (column + 1 < typed.size()) {
            column++;
        } else if (row + 1 < table.getItems().size()) {
            row++;
            column = 0;
        }
        table.refresh();
        table.getSelectionModel().clearAndSelect(row, typed.get(column));
        table.scrollTo(Math.max(0, row - 3));
    }

    /** The digit a key types (top row or keypad), or null. */
    static Integer digit(KeyCode code) {
        return switch (code) {
            case DIGIT0, NUMPAD0 -> 0;
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            case DIGIT6, NUMPAD6 -> 6;
            case DIGIT7, NUMPAD7 -> 7;
            case DIGIT8, NUMPAD8 -> 8;
            case DIGIT9, NUMPAD9 -> 9;
            default -> null;
        };
    }

    static boolean clears(KeyCode code) {
        return code == KeyCode.DELETE || code == KeyCode.BACK_SPACE;
    }
}
