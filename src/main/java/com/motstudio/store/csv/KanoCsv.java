package com.motstudio.store.csv;

import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoResponse;
import com.motstudio.model.KanoSurvey;
import com.motstudio.model.Workshop;
import com.motstudio.store.csv.KanoImport.ImportedResponse;
import com.motstudio.store.csv.SurveyWords.Prefix;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a CSV file of KANO answers — one row per respondent, a functional and a dysfunctional
 * column per need — into a {@link KanoImport}: the preview of what it would add to a workshop.
 * Needs are named by number, id or name and must exist in the workshop. Columns: docs/csv-import.md.
 */
public final class KanoCsv {
    private final SurveyWords words;

    /** Reads files written in any of the three languages, whichever one the app is showing. */
    public KanoCsv() {
        this(Spellings.allLanguages());
    }

    KanoCsv(List<Texts> languages) {
        this.words = new SurveyWords(languages);
    }

    /** What the file would add to {@code workshop}; never throws and never changes anything. */
    public KanoImport preview(byte[] bytes, Workshop workshop) {
        CsvTable table = CsvTable.read(bytes);
        if (!table.readable()) {
            return KanoImport.refusedFor(table.problems());
        }
        KanoSurvey survey = workshop.keyMoments().kano();
        if (survey.needs().isEmpty()) {
            return KanoImport.refusedFor(List.of(CsvProblem.inFile("surveys.import.kano.noNeeds")));
        }
        List<String> ids = survey.needs().stream().map(KanoNeed::id).toList();
        List<String> names = survey.needs().stream().map(KanoNeed::name).toList();
        AnswerHeader.Targets targets = new AnswerHeader.Targets(ids, names, Prefix.FUNCTIONAL, Prefix.DYSFUNCTIONAL,
                false, "surveys.import.kano.unknownNeed", "surveys.import.kano.noAnswerColumns");
        CsvProblems problems = new CsvProblems();
        CsvRow headerRow = table.header().orElseThrow();
        AnswerHeader header = AnswerHeader.read(headerRow, targets, words, problems);
        Set<String> paired = header.pairedIds();
        for (int i = 0; i < header.width(); i++) {
            if (header.slot(i) instanceof AnswerHeader.Answer answer && !paired.contains(answer.targetId())) {
                problems.add(CsvProblem.inCell(headerRow.number(), answer.header(), "surveys.import.kano.unpairedColumn",
                        nameOf(survey, answer.targetId())));
            }
        }
        boolean usable = header.usable() && !paired.isEmpty();
        if (header.usable() && paired.isEmpty()) {
            problems.add(CsvProblem.inRow(headerRow.number(), "surveys.import.kano.noAnswerColumns"));
        }
        if (usable && table.body().isEmpty()) {
            problems.add(CsvProblem.inFile("importing.file.noRows"));
        }
        if (!usable || table.body().isEmpty()) {
            return KanoImport.refusedFor(problems.shown());
        }
        CsvProblems notes = new CsvProblems();
        FreshIds fresh = new FreshIds(survey.responses().stream().map(KanoResponse::id).toList());
        List<ImportedResponse> responses = new ArrayList<>();
        for (CsvRow row : table.body()) {
            KanoRow.read(row, header, survey.needs(), paired, words, fresh.next("kr"), problems, notes)
                    .ifPresent(r -> responses.add(new ImportedResponse(row.number(), r)));
        }
        List<String> answered = ids.stream().filter(paired::contains).toList();
        KanoImport result = new KanoImport(table.charset(), table.body().size(), answered, responses, problems.shown(),
                notes.shown(), false);
        return SizeCheck.refusal(k -> result.withFirst(k).applyTo(workshop), responses.size(), result.problems())
                .map(KanoImport::refusedFor).orElse(result);
    }

    private static String nameOf(KanoSurvey survey, String needId) {
        return survey.needs().stream().filter(n -> n.id().equals(needId)).findFirst()
                .map(n -> n.name().isBlank() ? n.id() : n.name()).orElse(needId);
    }
}
