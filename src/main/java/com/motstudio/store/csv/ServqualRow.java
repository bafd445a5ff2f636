package com.motstudio.store.csv;

import com.motstudio.model.DimensionWeight;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualResponse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** One row of a SERVQUAL answer file turned into a response, or into every reason it cannot be one. */
final class ServqualRow {
    /** Weights may add up to a little more or less than 100 (33.3 + 33.3 + 33.3) without a note. */
    private static final double SUM_TOLERANCE = 0.15;

    private final CsvRow row;
    private final int min;
    private final int max;
    private final List<CsvProblem> found = new ArrayList<>();
    private final Map<String, Integer[]> answers = new HashMap<>();
    private final Map<ServqualDimension, Double> weights = new EnumMap<>(ServqualDimension.class);
    private String respondent = "";

    private ServqualRow(CsvRow row, int min, int max) {
        this.row = row;
        this.min = min;
        this.max = max;
    }

    /**
     * The row's response under a new id, or empty when the row has problems, which are added.
     * {@code items}: the survey's item ids in order, the order answers are kept in.
     */
    static Optional<ServqualResponse> read(CsvRow row, AnswerHeader header, List<String> items, int min, int max,
                                           String id, List<CsvProblem> problems, List<CsvProblem> notes) {
        ServqualRow draft = new ServqualRow(row, min, max);
        for (int i = 0; i < Math.max(row.width(), header.width()); i++) {
            draft.readCell(header.slot(i), i, row.cell(i).strip());
        }
        problems.addAll(draft.found);
        if (!draft.found.isEmpty()) {
            return Optional.empty();
        }
        if (draft.answers.isEmpty()) {
            problems.add(CsvProblem.inRow(row.number(), "surveys.import.row.noAnswers"));
            return Optional.empty();
        }
        double sum = draft.weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!draft.weights.isEmpty() && Math.abs(sum - 100) > SUM_TOLERANCE) {
            notes.add(CsvProblem.inRow(row.number(), "surveys.import.servqual.weightsNot100", SurveyCells.points(sum)));
        }
        return Optional.of(draft.done(id, items));
    }

    private void readCell(AnswerHeader.Slot slot, int index, String cell) {
        switch (slot) {
            case AnswerHeader.Respondent respondent -> this.respondent = SurveyCells.name(cell);
            case AnswerHeader.Answer answer -> readAnswer(answer, cell);
            case AnswerHeader.Weight weight -> readWeight(weight, cell);
            case AnswerHeader.Ignored ignored -> { }
            case AnswerHeader.Empty empty -> {
                if (!cell.isEmpty()) {
                    found.add(CsvProblem.inRow(row.number(), "importing.row.cellWithoutColumn", CsvRow.letter(index)));
                }
            }
        }
    }

    private void readAnswer(AnswerHeader.Answer answer, String cell) {
        if (cell.isEmpty()) {
            return; // not answered
        }
        Optional<Long> value = SurveyCells.wholeNumber(cell);
        if (value.isEmpty()) {
            found.add(CsvProblem.inCell(row.number(), answer.header(), "surveys.import.row.notANumber", cell, min, max));
        } else if (value.get() < min || value.get() > max) {
            found.add(CsvProblem.inCell(row.number(), answer.header(), "surveys.import.row.outOfRange", cell, min, max));
        } else {
            answers.computeIfAbsent(answer.targetId(), k -> new Integer[2])[answer.second() ? 1 : 0] = value.get().intValue();
        }
    }

    private void readWeight(AnswerHeader.Weight weight, String cell) {
        if (cell.isEmpty()) {
            return; // no weight given for this dimension
        }
        OptionalDouble points = SurveyCells.decimal(cell);
        if (points.isEmpty()) {
            found.add(CsvProblem.inCell(row.number(), weight.header(), "surveys.import.servqual.weightNotANumber", cell));
        } else if (points.getAsDouble() < 0 || points.getAsDouble() > 100) {
            found.add(CsvProblem.inCell(row.number(), weight.header(), "surveys.import.servqual.weightOutOfRange", cell));
        } else {
            weights.put(weight.dimension(), points.getAsDouble());
        }
    }

    private ServqualResponse done(String id, List<String> items) {
        List<ServqualAnswer> list = new ArrayList<>();
        for (String item : items) {
            Integer[] pair = answers.get(item);
            if (pair != null) {
                list.add(new ServqualAnswer(item, pair[0], pair[1]));
            }
        }
        List<DimensionWeight> points = weights.entrySet().stream()
                .map(e -> new DimensionWeight(e.getKey(), e.getValue())).toList();
        return new ServqualResponse(id, respondent, list, points);
    }
}
