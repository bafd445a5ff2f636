package com.motstudio.store.csv;

import java.util.List;

/** One row of a CSV file: its number as a spreadsheet shows it (the first line is row 1) and its cells as written. */
public record CsvRow(int number, List<String> cells) {
    public CsvRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based position, or "" when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public int width() {
        return cells.size();
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** A spreadsheet's name for the column at a 0-based position: A, B, … Z, AA, AB … */
    public static String letter(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
