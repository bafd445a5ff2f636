package com.motstudio.store.csv;

import com.motstudio.model.RatingCount;
import com.motstudio.model.RatingKind;
import com.motstudio.model.RatingSurvey;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * What importing a file of NPS, CSAT or 好差评 answers would add to a workshop — shown to the user
 * before they confirm — and the change that adds it. Answers are gathered into rating surveys by
 * kind, touchpoint and survey name: a survey the workshop already has gets the counts added,
 * otherwise one is created. Rows with problems are left out and listed in {@link #problems()}; a
 * {@link #refused()} file adds nothing at all.
 *
 * @param charset  the encoding the file was read in; null when it could not be read
 * @param rowCount the non-blank rows below the header
 * @param surveys  the surveys answers go to, in the order the file first names them
 */
public record RatingImport(Charset charset, int rowCount, List<SurveyImport> surveys, List<CsvProblem> problems,
                           boolean refused) {

    /**
     * Answers going to one rating survey. {@code before} is the workshop's survey they are added to
     * as it was when previewed, or null when the survey is created; {@code added} holds the counts
     * per value (ascending), and {@code rows} the rows they come from.
     */
    public record SurveyImport(String surveyId, RatingKind kind, String name, String touchpointId,
                               RatingSurvey before, List<RatingCount> added, List<Integer> rows) {
        public SurveyImport {
            added = List.copyOf(added);
            rows = List.copyOf(rows);
        }

        public boolean created() {
            return before == null;
        }

        /** How many answers this import adds to the survey. */
        public long answerCount() {
            return added.stream().mapToLong(RatingCount::count).sum();
        }

        /** The survey as it will be: the counts it had plus the added ones, one per value, ascending. */
        public RatingSurvey result() {
            TreeMap<Integer, Integer> counts = new TreeMap<>();
            if (before != null) {
                before.counts().forEach(c -> counts.merge(c.value(), c.count(), Integer::sum));
            }
            added.forEach(c -> counts.merge(c.value(), c.count(), Integer::sum));
            List<RatingCount> all = counts.entrySet().stream().map(e -> new RatingCount(e.getKey(), e.getValue())).toList();
            return new RatingSurvey(surveyId, kind, name, touchpointId, all);
        }
    }

    public RatingImport {
        surveys = List.copyOf(surveys);
        problems = List.copyOf(problems);
    }

    static RatingImport refusedFor(List<CsvProblem> problems) {
        return new RatingImport(null, 0, List.of(), problems, true);
    }

    /** How many answers the import adds, over all surveys. */
    public long answerCount() {
        return surveys.stream().mapToLong(SurveyImport::answerCount).sum();
    }

    public int createdSurveyCount() {
        return (int) surveys.stream().filter(SurveyImport::created).count();
    }

    /** Rows left out because of their problems. */
    public int skippedRowCount() {
        return rowCount - surveys.stream().mapToInt(s -> s.rows().size()).sum();
    }

    /** Whether confirming would add anything. */
    public boolean addsAnything() {
        return answerCount() > 0;
    }

    /**
     * The workshop with the previewed counts added — new surveys after the workshop's own — and
     * nothing else changed. Run it as one undoable step. A survey changed since the preview (as by
     * applying the same import before) or one whose touchpoint is gone is left as it is, so applying
     * the same import again adds nothing more.
     */
    public Workshop applyTo(Workshop workshop) {
        List<RatingSurvey> all = new ArrayList<>(workshop.keyMoments().ratingSurveys());
        Set<String> touchpoints = new HashSet<>();
        workshop.journey().touchpoints().stream().map(Touchpoint::id).forEach(touchpoints::add);
        boolean changed = false;
        for (SurveyImport survey : surveys) {
            if (survey.answerCount() == 0 || !survey.touchpointId().isEmpty() && !touchpoints.contains(survey.touchpointId())) {
                continue;
            }
            int at = indexOf(all, survey.surveyId());
            if (survey.created() && at < 0) {
                all.add(survey.result());
                changed = true;
            } else if (!survey.created() && at >= 0 && all.get(at).equals(survey.before())) {
                all.set(at, survey.result());
                changed = true;
            }
        }
        return changed ? workshop.withKeyMoments(SurveyChanges.withRatingSurveys(workshop.keyMoments(), all)) : workshop;
    }

    private static int indexOf(List<RatingSurvey> surveys, String id) {
        for (int i = 0; i < surveys.size(); i++) {
            if (surveys.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
