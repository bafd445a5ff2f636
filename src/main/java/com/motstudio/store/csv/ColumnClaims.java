package com.motstudio.store.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a header first named each target (a field, an item, a customer type), so that a
 * target named twice is reported with the column it clashes with.
 */
final class ColumnClaims {
    private final Map<Object, Integer> columns = new HashMap<>();

    /** True when {@code target} was not named before; otherwise the duplicate is reported and the column should be ignored. */
    boolean claim(Object target, int column, int row, String header, List<CsvProblem> problems) {
        Integer first = columns.putIfAbsent(target, column);
        if (first == null) {
            return true;
        }
        problems.add(CsvProblem.inCell(row, header, "importing.header.duplicate", CsvRow.letter(first)));
        return false;
    }

    boolean has(Object target) {
        return columns.containsKey(target);
    }
}
