/**
 * Imports from CSV files as spreadsheets save them: {@link com.motstudio.store.csv.CsvTable} reads
 * any such file into numbered rows; {@link com.motstudio.store.csv.TouchpointCsv} turns one into a
 * preview of the touchpoints it would add. Problems are values ({@link com.motstudio.store.csv.CsvProblem}),
 * collected while reading, so a user sees every one of them at once. Columns: docs/csv-import.md.
 */
package com.motstudio.store.csv;
