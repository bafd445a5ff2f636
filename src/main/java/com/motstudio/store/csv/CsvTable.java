package com.motstudio.store.csv;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A CSV file read into rows, for any import: the encoding and delimiter it was found to use and its
 * non-blank rows, the first of them being the header. A file that cannot be read as a table has
 * no rows and says why in {@link #problems()}; reading never throws.
 */
public record CsvTable(Charset charset, char delimiter, List<CsvRow> rows, List<CsvProblem> problems) {
    /** Files above this size are refused before they are decoded (10 MB). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Rows below the header; a bigger file is refused, not cut short. */
    public static final int MAX_ROWS = 20_000;
    /** Cells of one row; more means the file is not a table made for importing. */
    public static final int MAX_CELLS = 500;

    public CsvTable {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Reads a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM or GB18030; comma, semicolon or tab. */
    public static CsvTable read(byte[] bytes) {
        List<CsvProblem> problems = new ArrayList<>();
        if (bytes.length > MAX_BYTES) {
            problems.add(CsvProblem.inFile("importing.file.tooLarge", megabytes(bytes.length), megabytes(MAX_BYTES)));
            return refused(problems);
        }
        Optional<CsvCharset.Decoded> decoded = CsvCharset.decode(bytes, problems);
        if (decoded.isEmpty()) {
            return refused(problems);
        }
        String text = decoded.get().text();
        char delimiter = CsvParser.delimiterOf(text);
        // Excel honours a first line "sep=;" naming the delimiter, and does not show it as a row.
        String hint = firstLine(text);
        int startLine = 1;
        if (hint.length() == 5 && hint.regionMatches(true, 0, "sep=", 0, 4) && ",;\t".indexOf(hint.charAt(4)) >= 0) {
            delimiter = hint.charAt(4);
            text = text.substring(Math.min(text.length(), hint.length() + lineBreakLength(text, hint.length())));
            startLine = 2;
        }
        List<CsvRow> rows = CsvParser.rows(text, delimiter, startLine, problems);
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(CsvProblem.inFile("importing.file.empty"));
        }
        return new CsvTable(decoded.get().charset(), delimiter, problems.isEmpty() ? rows : List.of(), problems);
    }

    /** Whether the file was read as a table; if not, {@link #problems()} says why. */
    public boolean readable() {
        return problems.isEmpty();
    }

    /** The first non-blank row, which names the columns. */
    public Optional<CsvRow> header() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** The rows below the header. */
    public List<CsvRow> body() {
        return rows.isEmpty() ? List.of() : rows.subList(1, rows.size());
    }

    private static CsvTable refused(List<CsvProblem> problems) {
        return new CsvTable(null, ',', List.of(), problems);
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    private static int lineBreakLength(String text, int at) {
        if (text.startsWith("\r\n", at)) {
            return 2;
        }
        return at < text.length() ? 1 : 0;
    }

    /** A size in megabytes with one decimal, as the messages show it. */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
