package com.motstudio.store.csv;

import com.motstudio.text.Texts;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with a CSV file or with one of its rows: where — the row as a spreadsheet numbers
 * it (0 for the whole file) and the column's header text (null when the problem is not in one
 * column) — and what: a key of the {@code importing} bundle with its arguments.
 */
public record CsvProblem(int row, String column, String key, List<Object> args) {

    /** An argument that is itself a text key, shown in the reader's language (such as a column's name). */
    public record Term(String key) {
    }

    public CsvProblem {
        args = List.copyOf(args);
    }

    /** A problem with the file as a whole. */
    public static CsvProblem inFile(String key, Object... args) {
        return new CsvProblem(0, null, key, Arrays.asList(args));
    }

    public static CsvProblem inRow(int row, String key, Object... args) {
        return new CsvProblem(row, null, key, Arrays.asList(args));
    }

    public static CsvProblem inCell(int row, String column, String key, Object... args) {
        return new CsvProblem(row, column, key, Arrays.asList(args));
    }

    /** One line for a person — where, then what — in the language of {@code texts}. */
    public String describe(Texts texts) {
        Object[] shown = args.stream().map(a -> a instanceof Term term ? texts.get(term.key()) : a).toArray();
        String what = texts.format(key, shown);
        if (row <= 0) {
            return what;
        }
        return column == null
                ? texts.format("importing.where.row", row, what)
                : texts.format("importing.where.cell", row, column, what);
    }
}
