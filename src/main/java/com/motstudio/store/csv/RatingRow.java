package com.motstudio.store.csv;

import com.motstudio.model.RatingKind;
import com.motstudio.model.Touchpoint;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One row of a rating file turned into an answer (a value and how many gave it), or into every reason it cannot be one. */
final class RatingRow {
    /** The most answers one survey may count for one value (the file format's limit). */
    static final int MAX_COUNT = 1_000_000_000;

    /** An answer read from a row: {@code touchpointId} "" for the whole journey. */
    record Read(RatingKind kind, String touchpointId, String survey, int value, int count) {
    }

    /**
     * What the header row says: the position and header text of each column it names, the
     * positions with no header text, and how many cells it has.
     */
    record Header(Map<SurveyColumn, Integer> columns, Map<SurveyColumn, String> headers, Set<Integer> unnamed, int width) {
    }

    /** The journey's touchpoints by id and by name, as rows name them. */
    static final class Touchpoints {
        private final Map<String, String> byId = new HashMap<>();
        private final Map<String, List<String>> byName = new HashMap<>();

        Touchpoints(List<Touchpoint> touchpoints) {
            for (Touchpoint t : touchpoints) {
                byId.put(t.id(), t.id());
                byName.computeIfAbsent(Spellings.name(t.name()), k -> new ArrayList<>()).add(t.id());
            }
        }

        /** The touchpoints a cell may mean: the one with that id, else those with that name (case and width aside). */
        List<String> matching(String cell) {
            return byId.containsKey(cell) ? List.of(cell) : byName.getOrDefault(Spellings.name(cell), List.of());
        }
    }

    private final CsvRow row;
    private final Map<SurveyColumn, String> headers;
    private final List<CsvProblem> found = new ArrayList<>();

    private RatingRow(CsvRow row, Map<SurveyColumn, String> headers) {
        this.row = row;
        this.headers = headers;
    }

    /** The row's answer, or empty when the row has problems, which are added. */
    static Optional<Read> read(CsvRow row, Header header, Touchpoints touchpoints, SurveyWords words,
                               List<CsvProblem> problems) {
        RatingRow draft = new RatingRow(row, header.headers());
        Map<SurveyColumn, String> cells = new EnumMap<>(SurveyColumn.class);
        header.columns().forEach((column, index) -> cells.put(column, row.cell(index).strip()));
        for (int i = 0; i < row.width(); i++) {
            if ((i >= header.width() || header.unnamed().contains(i)) && !row.cell(i).isBlank()) {
                draft.found.add(CsvProblem.inRow(row.number(), "importing.row.cellWithoutColumn", CsvRow.letter(i)));
            }
        }
        String touchpoint = draft.touchpoint(cells.getOrDefault(SurveyColumn.TOUCHPOINT, ""), touchpoints);
        RatingKind kind = draft.kind(cells.getOrDefault(SurveyColumn.KIND, ""), words);
        String valueCell = cells.getOrDefault(SurveyColumn.VALUE, "");
        Optional<Integer> level = words.level(valueCell);
        if (kind == null && level.isPresent()) {
            kind = RatingKind.GOOD_BAD_REVIEW;
        }
        Integer value = draft.value(kind, valueCell, level, cells.getOrDefault(SurveyColumn.KIND, ""));
        Integer count = draft.count(cells.getOrDefault(SurveyColumn.COUNT, ""));
        problems.addAll(draft.found);
        if (!draft.found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Read(kind, touchpoint, SurveyCells.name(cells.getOrDefault(SurveyColumn.SURVEY, "")),
                value, count));
    }

    private String touchpoint(String cell, Touchpoints touchpoints) {
        if (cell.isEmpty()) {
            return "";
        }
        List<String> named = touchpoints.matching(cell);
        if (named.size() == 1) {
            return named.getFirst();
        }
        if (named.isEmpty()) {
            problem(SurveyColumn.TOUCHPOINT, "surveys.import.rating.unknownTouchpoint", cell);
        } else {
            problem(SurveyColumn.TOUCHPOINT, "surveys.import.rating.ambiguousTouchpoint", cell, named.size());
        }
        return "";
    }

    private RatingKind kind(String cell, SurveyWords words) {
        if (cell.isEmpty()) {
            return null;
        }
        Optional<RatingKind> kind = words.kinds.find(cell);
        if (kind.isEmpty()) {
            problem(SurveyColumn.KIND, "surveys.import.rating.unknownKind", cell);
        }
        return kind.orElse(null);
    }

    private Integer value(RatingKind kind, String cell, Optional<Integer> level, String kindCell) {
        if (cell.isEmpty()) {
            problem(SurveyColumn.VALUE, "surveys.import.rating.missingValue");
            return null;
        }
        if (kind == null) {
            if (kindCell.isEmpty()) {
                problem(SurveyColumn.KIND, "surveys.import.rating.missingKind");
            }
            return null; // an unknown kind was reported already
        }
        Optional<Long> number = SurveyCells.wholeNumber(cell);
        if (kind == RatingKind.NPS) {
            if (number.isPresent() && number.get() >= 0 && number.get() <= 10) {
                return number.get().intValue();
            }
            problem(SurveyColumn.VALUE, "surveys.import.rating.npsValue", cell);
            return null;
        }
        if (number.isPresent() && number.get() >= 1 && number.get() <= 5) {
            return number.get().intValue();
        }
        if (number.isEmpty() && level.isPresent()) {
            return level.get();
        }
        problem(SurveyColumn.VALUE, "surveys.import.rating.levelValue", cell);
        return null;
    }

    private Integer count(String cell) {
        if (cell.isEmpty()) {
            return 1;
        }
        Optional<Long> number = SurveyCells.wholeNumber(cell);
        if (number.isPresent() && number.get() >= 0 && number.get() <= MAX_COUNT) {
            return number.get().intValue();
        }
        problem(SurveyColumn.COUNT, "surveys.import.rating.badCount", cell, MAX_COUNT);
        return null;
    }

    /** A problem in a column's cell, or in the row when the file has no such column. */
    private void problem(SurveyColumn column, String key, Object... args) {
        String header = headers.get(column);
        found.add(header == null ? CsvProblem.inRow(row.number(), key, args) : CsvProblem.inCell(row.number(), header, key, args));
    }
}
