package com.motstudio.store.csv;

import com.motstudio.model.IpaScore;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads a CSV file of importance and performance scores (1–5), one row per touchpoint, into an
 * {@link IpaImport}. A row names the touchpoint by name or id. Columns: docs/csv-import.md.
 */
public final class IpaCsv {
    /** The scale of the points: the same as the points the app makes and takes. */
    public static final double MIN = 1;
    public static final double MAX = 5;
    private static final List<SurveyColumn> REQUIRED = List.of(SurveyColumn.TOUCHPOINT, SurveyColumn.IMPORTANCE, SurveyColumn.PERFORMANCE);

    private final SurveyWords words;

    /** Reads files written in any of the three languages, whichever one the app is showing. */
    public IpaCsv() {
        this(Spellings.allLanguages());
    }

    IpaCsv(List<Texts> languages) {
        this.words = new SurveyWords(languages);
    }

    /** What the file would set in {@code workshop}; never throws and never changes anything. */
    public IpaImport preview(byte[] bytes, Workshop workshop) {
        CsvTable table = CsvTable.read(bytes);
        if (!table.readable()) {
            return IpaImport.refusedFor(table.problems());
        }
        CsvProblems problems = new CsvProblems();
        CsvRow head = table.header().orElseThrow();
        Map<SurveyColumn, Integer> columns = new EnumMap<>(SurveyColumn.class);
        Map<SurveyColumn, String> headers = new EnumMap<>(SurveyColumn.class);
        boolean usable = true;
        for (int i = 0; i < head.width(); i++) {
            String text = head.cell(i).strip();
            var column = words.column(text).filter(REQUIRED::contains);
            if (text.isEmpty()) {
                continue;
            }
            if (column.isEmpty()) {
                problems.add(CsvProblem.inCell(head.number(), text, "importing.header.unknown"));
            } else if (columns.containsKey(column.get())) {
                problems.add(CsvProblem.inCell(head.number(), text, "importing.header.duplicate", CsvRow.letter(columns.get(column.get()))));
                usable = false;
            } else {
                columns.put(column.get(), i);
                headers.put(column.get(), text);
            }
        }
        for (SurveyColumn required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(CsvProblem.inRow(head.number(), "importing.header.missing", new CsvProblem.Term(required.nameKey)));
                usable = false;
            }
        }
        if (usable && table.body().isEmpty()) {
            problems.add(CsvProblem.inFile("importing.file.noRows"));
        }
        if (!usable || table.body().isEmpty()) {
            return IpaImport.refusedFor(problems.shown());
        }
        RatingRow.Touchpoints touchpoints = new RatingRow.Touchpoints(workshop.journey().touchpoints());
        Map<String, Integer> firstRow = new HashMap<>();
        List<IpaScore> points = new ArrayList<>();
        for (CsvRow row : table.body()) {
            List<CsvProblem> found = new ArrayList<>();
            String touchpoint = touchpoint(row, columns, headers, touchpoints, found);
            Double importance = score(row, SurveyColumn.IMPORTANCE, columns, headers, found);
            Double performance = score(row, SurveyColumn.PERFORMANCE, columns, headers, found);
            if (touchpoint != null && firstRow.containsKey(touchpoint)) {
                found.add(CsvProblem.inCell(row.number(), headers.get(SurveyColumn.TOUCHPOINT), "surveys.import.ipa.twice",
                        firstRow.get(touchpoint)));
            }
            problems.addAll(found);
            if (found.isEmpty()) {
                firstRow.put(touchpoint, row.number());
                points.add(new IpaScore(touchpoint, importance, performance));
            }
        }
        int replaced = (int) points.stream().filter(p -> workshop.keyMoments().ipa().stream()
                .anyMatch(q -> q.touchpointId().equals(p.touchpointId()))).count();
        IpaImport result = new IpaImport(table.charset(), table.body().size(), points, replaced, problems.shown(), false);
        return SizeCheck.refusal(workshop, result.applyTo(workshop), result.problems()).map(IpaImport::refusedFor).orElse(result);
    }

    private static String touchpoint(CsvRow row, Map<SurveyColumn, Integer> columns, Map<SurveyColumn, String> headers,
                                     RatingRow.Touchpoints touchpoints, List<CsvProblem> found) {
        String cell = row.cell(columns.get(SurveyColumn.TOUCHPOINT)).strip();
        String header = headers.get(SurveyColumn.TOUCHPOINT);
        if (cell.isEmpty()) {
            found.add(CsvProblem.inCell(row.number(), header, "surveys.import.ipa.missingTouchpoint"));
            return null;
        }
        List<String> named = touchpoints.matching(cell);
        if (named.size() == 1) {
            return named.getFirst();
        }
        found.add(named.isEmpty() ? CsvProblem.inCell(row.number(), header, "surveys.import.ipa.unknownTouchpoint", cell)
                : CsvProblem.inCell(row.number(), header, "surveys.import.rating.ambiguousTouchpoint", cell, named.size()));
        return null;
    }

    private static Double score(CsvRow row, SurveyColumn column, Map<SurveyColumn, Integer> columns, Map<SurveyColumn, String> headers,
                                List<CsvProblem> found) {
        String cell = row.cell(columns.get(column)).strip();
        OptionalDouble value = SurveyCells.decimal(cell);
        if (value.isPresent() && value.getAsDouble() >= MIN && value.getAsDouble() <= MAX) {
            return value.getAsDouble();
        }
        found.add(CsvProblem.inCell(row.number(), headers.get(column), cell.isEmpty() ? "surveys.import.ipa.missingScore"
                : "surveys.import.ipa.badScore", cell));
        return null;
    }
}
