package com.motstudio.store.csv;

import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.model.Workshop;
import com.motstudio.store.ServqualItems;
import com.motstudio.store.csv.ServqualImport.ImportedResponse;
import com.motstudio.store.csv.SurveyWords.Prefix;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file of SERVQUAL answers — one row per respondent, an expectation and a perception
 * column per item, optional dimension weights — into a {@link ServqualImport}: the preview of what
 * it would add to a workshop. Answers are checked against the survey's scale. A workshop with no
 * items yet is given the standard 22 in its language. Columns: docs/csv-import.md.
 */
public final class ServqualCsv {
    private final SurveyWords words;

    /** Reads files written in any of the three languages, whichever one the app is showing. */
    public ServqualCsv() {
        this(Spellings.allLanguages());
    }

    ServqualCsv(List<Texts> languages) {
        this.words = new SurveyWords(languages);
    }

    /** What the file would add to {@code workshop}; never throws and never changes anything. */
    public ServqualImport preview(byte[] bytes, Workshop workshop) {
        CsvTable table = CsvTable.read(bytes);
        if (!table.readable()) {
            return ServqualImport.refusedFor(table.problems());
        }
        ServqualSurvey survey = workshop.keyMoments().servqual();
        List<ServqualItem> added = survey.items().isEmpty()
                ? ServqualItems.items(Language.fromTag(workshop.info().language())) : List.of();
        List<ServqualItem> items = survey.items().isEmpty() ? added : survey.items();
        List<String> ids = items.stream().map(ServqualItem::id).toList();
        AnswerHeader.Targets targets = new AnswerHeader.Targets(ids, List.of(), Prefix.EXPECTATION, Prefix.PERCEPTION,
                true, "surveys.import.servqual.unknownItem", "surveys.import.servqual.noAnswerColumns");
        CsvProblems problems = new CsvProblems();
        AnswerHeader header = AnswerHeader.read(table.header().orElseThrow(), targets, words, problems);
        if (header.usable() && table.body().isEmpty()) {
            problems.add(CsvProblem.inFile("importing.file.noRows"));
        }
        if (!header.usable() || table.body().isEmpty()) {
            return ServqualImport.refusedFor(problems.shown());
        }
        CsvProblems notes = new CsvProblems();
        if (!added.isEmpty()) {
            notes.add(CsvProblem.inFile("surveys.import.servqual.standardItems", added.size()));
        }
        FreshIds fresh = new FreshIds(survey.responses().stream().map(ServqualResponse::id).toList());
        List<ImportedResponse> responses = new ArrayList<>();
        for (CsvRow row : table.body()) {
            ServqualRow.read(row, header, ids, survey.scaleMin(), survey.scaleMax(), fresh.next("sr"), problems, notes)
                    .ifPresent(r -> responses.add(new ImportedResponse(row.number(), r)));
        }
        ServqualImport result = new ServqualImport(table.charset(), table.body().size(), survey.scaleMin(), survey.scaleMax(),
                added, header.answeredIds(targets), responses, problems.shown(), notes.shown(), false);
        return SizeCheck.refusal(k -> result.withFirst(k).applyTo(workshop), responses.size(), result.problems())
                .map(ServqualImport::refusedFor).orElse(result);
    }
}
