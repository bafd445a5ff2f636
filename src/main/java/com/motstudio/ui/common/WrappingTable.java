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
        table.skinProperty().subscribe(skin -> javafx.application.Platform.runLater(() -> {
            widenToHeaders(table);
            widenToWords(table);
        }));
        // new values may hold a longer word (a date, a number): widen when they arrive
        table.itemsProperty().subscribe(items -> {
            if (items != null) {
                items.addListener((javafx.beans.InvalidationListener) o -> widenToWords(table));
            }
        });
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

    /** Widens the columns to their values' longest words at the table's text size (once laid out). */
    private static void widenToWords(TableView<?> table) {
        table.lookupAll(".column-header .label").stream().filter(n -> n instanceof javafx.scene.control.Label)
                .map(n -> ((javafx.scene.control.Label) n).getFont()).findFirst().ifPresent(font -> widenToWords(table, font));
    }

    /** The rows to read for their longest word: enough for the tables of a workshop, bounded for a long one. */
    private static final int ROWS_READ = 200;

    /**
     * Each column is at least as wide as the longest Latin word or number of its values, so a date
     * or a word never breaks inside ("2027-02-2 / 8"); Chinese text may break between any two characters.
     */
    private static void widenToWords(TableView<?> table, javafx.scene.text.Font font) {
        int rows = Math.min(table.getItems().size(), ROWS_READ);
        for (TableColumn<?, ?> column : table.getColumns()) {
            java.util.List<String> words = new java.util.ArrayList<>();
            for (int i = 0; i < rows; i++) {
                Object value = column.getCellData(i);
                if (value instanceof String text) {
                    for (String word : text.split("\\s+")) {
                        if (!word.isEmpty() && word.codePoints().allMatch(cp -> cp < 0x2E80)) {
                            words.add(word);
                        }
                    }
                }
            }
            double needed = LongestWord.width(words, font) + 16;
            if (!words.isEmpty() && column.getMinWidth() < needed) {
                column.setMinWidth(needed);
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
