package com.motstudio.store.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of cells as RFC 4180 describes: a cell that starts with a quote may hold
 * delimiters, line breaks and doubled quotes; rows end with CRLF, LF or CR. Text after a closing
 * quote is kept, as spreadsheets do. Blank rows are left out, but every row keeps its number, so
 * the rows after a multi-line cell or a blank line are still numbered as a spreadsheet shows them.
 */
final class CsvParser {
    private final String text;
    private final char delimiter;
    private final List<CsvProblem> problems;
    private final List<CsvRow> rows = new ArrayList<>();
    private List<String> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private int position;
    private int row = 1;
    private int line;

    private CsvParser(String text, char delimiter, int firstLine, List<CsvProblem> problems) {
        this.text = text;
        this.line = firstLine;
        this.delimiter = delimiter;
        this.problems = problems;
    }

    /**
     * The non-blank rows, or an empty list with a problem when the text is not a usable table.
     * {@code firstLine} is the line of the file the text starts on, for messages about quotes.
     */
    static List<CsvRow> rows(String text, char delimiter, int firstLine, List<CsvProblem> problems) {
        CsvParser parser = new CsvParser(text, delimiter, firstLine, problems);
        return parser.parse() ? parser.rows : List.of();
    }

    /** The delimiter that occurs most often in the first line outside quotes: comma, semicolon or tab. */
    static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private boolean parse() {
        boolean started = false;
        boolean cellStart = true;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '"' && cellStart) {
                if (!quoted()) {
                    return false;
                }
                cellStart = false;
            } else if (c == delimiter) {
                endCell();
                position++;
                cellStart = true;
            } else if (c == '\r' || c == '\n') {
                skipLineBreak();
                if (!endRow()) {
                    return false;
                }
                started = false;
                cellStart = true;
                continue;
            } else {
                cell.append(c);
                position++;
                cellStart = false;
            }
            started = true;
        }
        return !started || endRow();
    }

    /** Reads a quoted part from its opening quote past its closing one; false if it is never closed. */
    private boolean quoted() {
        int opened = line;
        position++;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '"') {
                position++;
                if (position < text.length() && text.charAt(position) == '"') {
                    cell.append('"');
                    position++;
                } else {
                    return true;
                }
            } else if (c == '\r' || c == '\n') {
                skipLineBreak();
                cell.append('\n');
            } else {
                cell.append(c);
                position++;
            }
        }
        problems.add(CsvProblem.inRow(row, "importing.file.unclosedQuote", opened));
        return false;
    }

    private void skipLineBreak() {
        if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
            position++;
        }
        position++;
        line++;
    }

    private void endCell() {
        if (cells.size() >= CsvTable.MAX_CELLS) {
            return; // endRow reports it
        }
        cells.add(cell.toString());
        cell.setLength(0);
    }

    private boolean endRow() {
        if (cells.size() >= CsvTable.MAX_CELLS) {
            problems.add(CsvProblem.inRow(row, "importing.file.tooManyCells", CsvTable.MAX_CELLS));
            return false;
        }
        endCell();
        CsvRow done = new CsvRow(row, cells);
        cells = new ArrayList<>();
        row++;
        if (done.isBlank()) {
            return true;
        }
        rows.add(done);
        if (rows.size() > CsvTable.MAX_ROWS + 1) {
            problems.add(CsvProblem.inFile("importing.file.tooManyRows", CsvTable.MAX_ROWS));
            return false;
        }
        return true;
    }
}
