package com.motstudio.store.csv;

import com.motstudio.model.KeyMoments;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.model.Workshop;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What importing a SERVQUAL answer file would add to a workshop — shown to the user before they
 * confirm — and the change that adds it. Rows with problems are left out and listed in
 * {@link #problems()}; {@link #notes()} lists what the user should know about rows that are
 * imported (weights not adding up to 100) and that the standard items will be added. A
 * {@link #refused()} file adds nothing at all.
 *
 * @param charset       the encoding the file was read in; null when it could not be read
 * @param rowCount      the non-blank rows below the header
 * @param scaleMin      the lowest answer the survey's scale allows, against which the file was read
 * @param scaleMax      the highest
 * @param addedItems    the standard items, added because the workshop has no items yet; else empty
 * @param answeredItems ids of the items the file has answer columns for, in survey order
 * @param responses     one per imported row, in file order
 */
public record ServqualImport(Charset charset, int rowCount, int scaleMin, int scaleMax, List<ServqualItem> addedItems,
                             List<String> answeredItems, List<ImportedResponse> responses, List<CsvProblem> problems,
                             List<CsvProblem> notes, boolean refused) {

    /** One respondent's answers to be added, and the row they come from. */
    public record ImportedResponse(int row, ServqualResponse response) {
    }

    public ServqualImport {
        addedItems = List.copyOf(addedItems);
        answeredItems = List.copyOf(answeredItems);
        responses = List.copyOf(responses);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    static ServqualImport refusedFor(List<CsvProblem> problems) {
        return new ServqualImport(null, 0, 0, 0, List.of(), List.of(), List.of(), problems, List.of(), true);
    }

    /** The same preview with only its first {@code count} responses. */
    ServqualImport withFirst(int count) {
        return new ServqualImport(charset, rowCount, scaleMin, scaleMax, addedItems, answeredItems, responses.subList(0, count),
                problems, notes, refused);
    }

    public int responseCount() {
        return responses.size();
    }

    /** Rows left out because of their problems. */
    public int skippedRowCount() {
        return rowCount - responses.size();
    }

    /** Whether confirming adds the standard items (the workshop has none yet). */
    public boolean addsStandardItems() {
        return !addedItems.isEmpty();
    }

    /** Whether confirming would add anything. */
    public boolean addsAnything() {
        return !responses.isEmpty();
    }

    /**
     * The workshop with the previewed responses added after its own — and the standard items, if
     * the preview adds them and the survey still has none — and nothing else changed. Run it as one
     * undoable step. Applying the same import again adds nothing more; a response whose items the
     * survey no longer has is not added, and a workshop it cannot add to is returned as it is.
     */
    public Workshop applyTo(Workshop workshop) {
        KeyMoments moments = workshop.keyMoments();
        ServqualSurvey survey = moments.servqual();
        List<ServqualItem> items = survey.items().isEmpty() ? addedItems : survey.items();
        Set<String> itemIds = new HashSet<>();
        items.forEach(i -> itemIds.add(i.id()));
        Set<String> present = new HashSet<>();
        survey.responses().forEach(r -> present.add(r.id()));
        List<ServqualResponse> all = new ArrayList<>(survey.responses());
        for (ImportedResponse imported : responses) {
            ServqualResponse response = imported.response();
            boolean known = response.answers().stream().map(ServqualAnswer::itemId).allMatch(itemIds::contains);
            if (known && present.add(response.id())) {
                all.add(response);
            }
        }
        if (all.size() == survey.responses().size()) {
            return workshop;
        }
        ServqualSurvey result = new ServqualSurvey(survey.scaleMin(), survey.scaleMax(), items, all);
        return workshop.withKeyMoments(SurveyChanges.withServqual(moments, result));
    }
}
