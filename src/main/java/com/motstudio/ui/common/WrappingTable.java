package com.motstudio.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * A table whose text the user must read is never cut: its text cells and column headers wrap,
 * and each row grows to the height its text needs at the current text size.
 */
public final class WrappingTable {
    private static final double MIN_COLUMN = 64;

    private WrappingTable() {}

    /** Makes every text column of {@code table} wrap (call after its columns are set). */
    @SuppressWarnings("unchecked")
    public static void apply(TableView<?> table) {
        if (!table.getStyleClass().contains("wrapping-table")) {
            table.getStyleClass().add("wrapping-table");
        }
        for (TableColumn<?, ?> column : table.getColumns()) {
            column.setMinWidth(Math.max(column.getMinWidth(), MIN_COLUMN));
            ((TableColumn<Object, Object>) column).setCellFactory(c -> new Cell());
        }
        // a header does not wrap reliably: each column is at least as wide as its header's text
        table.widthProperty().subscribe(w -> widenToHeaders(table));
        table.skinProperty().subscribe(skin -> javafx.application.Platform.runLater(() -> widenToHeaders(table)));
    }

    private static void widenToHeaders(TableView<?> table) {
        for (javafx.scene.Node node : table.lookupAll(".column-header .label")) {
            if (node instanceof javafx.scene.control.Label label && label.getText() != null) {
                Text probe = new Text(label.getText());
                probe.setFont(label.getFont());
                double needed = probe.getLayoutBounds().getWidth() + 24;
                table.getColumns().stream().filter(c -> label.getText().equals(c.getText())).findFirst()
                        .filter(c -> c.getMinWidth() < needed).ifPresent(c -> c.setMinWidth(needed));
            }
        }
    }

    /** A cell drawing its text as wrapped text, as wide as the column. */
    private static final class Cell extends TableCell<Object, Object> {
        private final Text text = new Text();

        Cell() {
            text.getStyleClass().add("wrapping-cell-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            setGraphic(text);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            String shown = empty || item == null ? "" : item.toString();
            text.setText(shown);
            setAccessibleText(shown);
        }
    }
}
