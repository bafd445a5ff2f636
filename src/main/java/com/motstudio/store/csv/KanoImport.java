package com.motstudio.store.csv;

import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoPair;
import com.motstudio.model.KanoResponse;
import com.motstudio.model.KanoSurvey;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.Workshop;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What importing a KANO answer file would add to a workshop — shown to the user before they
 * confirm — and the change that adds it. Rows with problems are left out and listed in
 * {@link #problems()}; {@link #notes()} lists needs left out of an imported row because only one
 * of their two questions was answered. A {@link #refused()} file adds nothing at all.
 *
 * @param charset       the encoding the file was read in; null when it could not be read
 * @param rowCount      the non-blank rows below the header
 * @param answeredNeeds ids of the needs the file has both answer columns for, in survey order
 * @param responses     one per imported row, in file order
 */
public record KanoImport(Charset charset, int rowCount, List<String> answeredNeeds, List<ImportedResponse> responses,
                         List<CsvProblem> problems, List<CsvProblem> notes, boolean refused) {

    /** One respondent's answers to be added, and the row they come from. */
    public record ImportedResponse(int row, KanoResponse response) {
    }

    public KanoImport {
        answeredNeeds = List.copyOf(answeredNeeds);
        responses = List.copyOf(responses);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    static KanoImport refusedFor(List<CsvProblem> problems) {
        return new KanoImport(null, 0, List.of(), List.of(), problems, List.of(), true);
    }

    /** The same preview with only its first {@code count} responses. */
    KanoImport withFirst(int count) {
        return new KanoImport(charset, rowCount, answeredNeeds, responses.subList(0, count), problems, notes, refused);
    }

    public int responseCount() {
        return responses.size();
    }

    /** Rows left out because of their problems. */
    public int skippedRowCount() {
        return rowCount - responses.size();
    }

    /** Whether confirming would add anything. */
    public boolean addsAnything() {
        return !responses.isEmpty();
    }

    /**
     * The workshop with the previewed responses added after its own, and nothing else changed. Run
     * it as one undoable step. Applying the same import again adds nothing more; a response naming
     * a need the survey no longer has is not added, and a workshop it cannot add to is returned as it is.
     */
    public Workshop applyTo(Workshop workshop) {
        KeyMoments moments = workshop.keyMoments();
        KanoSurvey survey = moments.kano();
        Set<String> needs = new HashSet<>();
        survey.needs().stream().map(KanoNeed::id).forEach(needs::add);
        Set<String> present = new HashSet<>();
        survey.responses().forEach(r -> present.add(r.id()));
        List<KanoResponse> all = new ArrayList<>(survey.responses());
        for (ImportedResponse imported : responses) {
            KanoResponse response = imported.response();
            boolean known = response.answers().stream().map(KanoPair::needId).allMatch(needs::contains);
            if (known && present.add(response.id())) {
                all.add(response);
            }
        }
        if (all.size() == survey.responses().size()) {
            return workshop;
        }
        return workshop.withKeyMoments(SurveyChanges.withKano(moments, new KanoSurvey(survey.needs(), all)));
    }
}
