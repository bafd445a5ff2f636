package com.motstudio.store.csv;

import com.motstudio.model.CalendarRange;
import com.motstudio.model.Kpi;
import com.motstudio.model.Measurement;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a CSV file of KPI measurements, one value a row: the KPI (its name or id), the date, the
 * value and an optional note; columns named in any of the three languages (docs/csv-import.md).
 * A row with an unknown KPI, a date that is no date or a value that is no number is skipped, with
 * its problem listed.
 */
public final class MeasurementCsv {
    enum Column { KPI, DATE, VALUE, NOTE }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("y-M-d"),
            DateTimeFormatter.ofPattern("y/M/d"), DateTimeFormatter.ofPattern("y.M.d"));
    private final Map<String, Column> words = new HashMap<>();

    public MeasurementCsv() {
        this(Spellings.allLanguages());
    }

    MeasurementCsv(List<Texts> languages) {
        for (Column c : Column.values()) {
            Spellings.listed(languages, key(c)).forEach(w -> words.put(Spellings.word(w), c));
        }
    }

    private static String key(Column c) {
        return "monitor.csv.column." + c.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** What the file would add to {@code workshop}; never throws and never changes anything. */
    public MeasurementImport preview(byte[] bytes, Workshop workshop) {
        CsvTable table = CsvTable.read(bytes);
        if (!table.readable()) {
            return MeasurementImport.refusedFor(table.charset(), table.problems());
        }
        CsvProblems problems = new CsvProblems(table.problems());
        Optional<Map<Column, Integer>> header = header(table.header().orElseThrow(), problems);
        if (header.isPresent() && table.body().isEmpty()) {
            problems.add(CsvProblem.inFile("importing.file.noRows"));
        }
        if (header.isEmpty() || table.body().isEmpty()) {
            return MeasurementImport.refusedFor(table.charset(), problems.shown());
        }
        Map<String, Kpi> kpis = new HashMap<>();
        for (Kpi k : workshop.plan().kpis()) {
            kpis.put(Spellings.name(k.name()), k);
            kpis.put(k.id(), k);
        }
        Map<Column, Integer> at = header.get();
        Map<Column, String> named = new HashMap<>();
        at.forEach((c, i) -> named.put(c, table.header().get().cell(i).strip()));
        FreshIds ids = new FreshIds(workshop.monitoring().measurements().stream().map(Measurement::id).toList());
        List<Measurement> read = new ArrayList<>();
        int skipped = 0;
        for (CsvRow row : table.body()) {
            String kpiText = row.cell(at.get(Column.KPI)).strip();
            String dateText = row.cell(at.get(Column.DATE)).strip();
            String valueText = row.cell(at.get(Column.VALUE)).strip();
            if (kpiText.isEmpty() && dateText.isEmpty() && valueText.isEmpty()) {
                continue; // a row of notes only: nothing to read, nothing wrong
            }
            Kpi kpi = kpis.getOrDefault(kpiText, kpis.get(Spellings.name(kpiText)));
            LocalDate date = date(dateText);
            Double value = number(valueText);
            if (kpi == null) {
                problems.add(CsvProblem.inCell(row.number(), named.get(Column.KPI), "monitor.csv.rowUnknownKpi", kpiText));
            } else if (date == null) {
                problems.add(CsvProblem.inCell(row.number(), named.get(Column.DATE), "monitor.csv.rowBadDate", dateText));
            } else if (!CalendarRange.holds(date)) {
                problems.add(CsvProblem.inCell(row.number(), named.get(Column.DATE), "monitor.csv.rowDateOutOfRange", dateText,
                        CalendarRange.FIRST_YEAR, CalendarRange.LAST_YEAR));
            } else if (value == null) {
                problems.add(CsvProblem.inCell(row.number(), named.get(Column.VALUE), "monitor.csv.rowBadValue", valueText));
            } else {
                String note = at.containsKey(Column.NOTE) ? row.cell(at.get(Column.NOTE)).strip() : "";
                read.add(new Measurement(ids.next("me"), kpi.id(), date, value, note));
                continue;
            }
            skipped++; // with its problem listed
        }
        MeasurementImport result = new MeasurementImport(table.charset(), table.body().size(), read, skipped,
                problems.shown(), false);
        return SizeCheck.refusal(workshop, result.applyTo(workshop), result.problems())
                .map(all -> MeasurementImport.refusedFor(table.charset(), all)).orElse(result);
    }

    private Optional<Map<Column, Integer>> header(CsvRow row, List<CsvProblem> problems) {
        Map<Column, Integer> columns = new java.util.EnumMap<>(Column.class);
        boolean usable = true;
        for (int i = 0; i < row.width(); i++) {
            String text = row.cell(i).strip();
            Column c = words.get(Spellings.word(text));
            if (text.isEmpty()) {
                continue;
            }
            if (c == null) {
                problems.add(CsvProblem.inCell(row.number(), text, "importing.header.unknown"));
            } else if (columns.containsKey(c)) {
                problems.add(CsvProblem.inCell(row.number(), text, "importing.header.duplicate", CsvRow.letter(columns.get(c))));
                usable = false;
            } else {
                columns.put(c, i);
            }
        }
        for (Column required : List.of(Column.KPI, Column.DATE, Column.VALUE)) {
            if (!columns.containsKey(required)) {
                problems.add(CsvProblem.inRow(row.number(), "importing.header.missing",
                        new CsvProblem.Term("monitor.csv.name." + required.name().toLowerCase(java.util.Locale.ROOT))));
                usable = false;
            }
        }
        return usable ? Optional.of(columns) : Optional.empty();
    }

    static LocalDate date(String text) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // not written this way
            }
        }
        return null;
    }

    static Double number(String text) {
        try {
            double d = Double.parseDouble(text.replace("%", "").strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
