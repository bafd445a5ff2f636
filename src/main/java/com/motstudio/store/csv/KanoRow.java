package com.motstudio.store.csv;

import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoPair;
import com.motstudio.model.KanoResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One row of a KANO answer file turned into a response, or into every reason it cannot be one. */
final class KanoRow {
    private final CsvRow row;
    private final SurveyWords words;
    private final List<CsvProblem> found = new ArrayList<>();
    /** Per need: the functional and dysfunctional answers, and the headers of their two columns. */
    private final Map<String, KanoAnswer[]> answers = new HashMap<>();
    private final Map<String, String[]> headers = new HashMap<>();
    private String respondent = "";

    private KanoRow(CsvRow row, SurveyWords words) {
        this.row = row;
        this.words = words;
    }

    /**
     * The row's response under a new id, or empty when the row has problems, which are added. Only
     * needs in {@code paired} (both columns present) are read; answers are kept in the order of {@code needs}.
     */
    static Optional<KanoResponse> read(CsvRow row, AnswerHeader header, List<KanoNeed> needs, Set<String> paired,
                                       SurveyWords words, String id, List<CsvProblem> problems, List<CsvProblem> notes) {
        KanoRow draft = new KanoRow(row, words);
        for (int i = 0; i < Math.max(row.width(), header.width()); i++) {
            draft.readCell(header.slot(i), i, row.cell(i).strip(), paired);
        }
        problems.addAll(draft.found);
        if (!draft.found.isEmpty()) {
            return Optional.empty();
        }
        List<KanoPair> pairs = new ArrayList<>();
        for (KanoNeed need : needs) {
            KanoAnswer[] pair = draft.answers.get(need.id());
            if (pair == null || pair[0] == null && pair[1] == null) {
                continue; // not answered
            }
            if (pair[0] != null && pair[1] != null) {
                pairs.add(new KanoPair(need.id(), pair[0], pair[1]));
            } else {
                String missing = draft.headers.get(need.id())[pair[0] == null ? 0 : 1];
                notes.add(CsvProblem.inCell(row.number(), missing, "surveys.import.kano.halfAnswered",
                        need.name().isBlank() ? need.id() : need.name()));
            }
        }
        if (pairs.isEmpty()) {
            problems.add(CsvProblem.inRow(row.number(), "surveys.import.row.noAnswers"));
            return Optional.empty();
        }
        return Optional.of(new KanoResponse(id, draft.respondent, pairs));
    }

    private void readCell(AnswerHeader.Slot slot, int index, String cell, Set<String> paired) {
        switch (slot) {
            case AnswerHeader.Respondent respondent -> this.respondent = SurveyCells.name(cell);
            case AnswerHeader.Answer answer -> {
                if (paired.contains(answer.targetId())) {
                    readAnswer(answer, cell);
                }
            }
            case AnswerHeader.Empty empty -> {
                if (!cell.isEmpty()) {
                    found.add(CsvProblem.inRow(row.number(), "importing.row.cellWithoutColumn", CsvRow.letter(index)));
                }
            }
            case AnswerHeader.Weight weight -> { } // KANO files have no weights
            case AnswerHeader.Ignored ignored -> { }
        }
    }

    private void readAnswer(AnswerHeader.Answer answer, String cell) {
        int side = answer.second() ? 1 : 0;
        headers.computeIfAbsent(answer.targetId(), k -> new String[2])[side] = answer.header();
        if (cell.isEmpty()) {
            return;
        }
        Optional<KanoAnswer> value = SurveyCells.wholeNumber(cell)
                .filter(n -> n >= 1 && n <= KanoAnswer.values().length)
                .map(n -> KanoAnswer.values()[n.intValue() - 1])
                .or(() -> words.answers.find(cell));
        if (value.isEmpty()) {
            found.add(CsvProblem.inCell(row.number(), answer.header(), "surveys.import.kano.unknownAnswer", cell));
            return;
        }
        answers.computeIfAbsent(answer.targetId(), k -> new KanoAnswer[2])[side] = value.get();
    }
}
