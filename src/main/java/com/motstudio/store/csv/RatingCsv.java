package com.motstudio.store.csv;

import com.motstudio.model.RatingCount;
import com.motstudio.model.RatingKind;
import com.motstudio.model.RatingSurvey;
import com.motstudio.model.Workshop;
import com.motstudio.store.csv.RatingImport.SurveyImport;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a CSV file of NPS, CSAT or 好差评 answers — one answer per row, or a value and how many gave
 * it — into a {@link RatingImport}: the preview of the counts it would add to the workshop's rating
 * surveys. A row names a touchpoint (or none, for the whole journey), a kind, a value, optionally a
 * count and a survey name. Columns: docs/csv-import.md.
 */
public final class RatingCsv {
    private final SurveyWords words;

    /** Reads files written in any of the three languages, whichever one the app is showing. */
    public RatingCsv() {
        this(Spellings.allLanguages());
    }

    RatingCsv(List<Texts> languages) {
        this.words = new SurveyWords(languages);
    }

    /** What the file would add to {@code workshop}; never throws and never changes anything. */
    public RatingImport preview(byte[] bytes, Workshop workshop) {
        CsvTable table = CsvTable.read(bytes);
        if (!table.readable()) {
            return RatingImport.refusedFor(table.problems());
        }
        CsvProblems problems = new CsvProblems();
        Optional<RatingRow.Header> header = header(table.header().orElseThrow(), problems);
        if (header.isPresent() && table.body().isEmpty()) {
            problems.add(CsvProblem.inFile("importing.file.noRows"));
        }
        if (header.isEmpty() || table.body().isEmpty()) {
            return RatingImport.refusedFor(problems.shown());
        }
        RatingRow.Touchpoints touchpoints = new RatingRow.Touchpoints(workshop.journey().touchpoints());
        Plan plan = new Plan(workshop.keyMoments().ratingSurveys());
        for (CsvRow row : table.body()) {
            RatingRow.read(row, header.get(), touchpoints, words, problems)
                    .ifPresent(read -> plan.add(row, read, header.get(), problems));
        }
        RatingImport result = new RatingImport(table.charset(), table.body().size(), plan.surveys(), problems.shown(), false);
        return SizeCheck.refusal(workshop, result.applyTo(workshop), result.problems()).map(RatingImport::refusedFor).orElse(result);
    }

    /** The columns the header names, or empty (with problems) when rows cannot be read. */
    private Optional<RatingRow.Header> header(CsvRow row, List<CsvProblem> problems) {
        Map<SurveyColumn, Integer> columns = new EnumMap<>(SurveyColumn.class);
        Map<SurveyColumn, String> headers = new EnumMap<>(SurveyColumn.class);
        Set<Integer> unnamed = new HashSet<>();
        boolean usable = true;
        for (int i = 0; i < row.width(); i++) {
            String text = row.cell(i).strip();
            Optional<SurveyColumn> column = words.column(text).filter(c -> c != SurveyColumn.RESPONDENT);
            if (text.isEmpty()) {
                unnamed.add(i);
            } else if (column.isEmpty()) {
                problems.add(CsvProblem.inCell(row.number(), text, "importing.header.unknown"));
            } else if (columns.containsKey(column.get())) {
                problems.add(CsvProblem.inCell(row.number(), text, "importing.header.duplicate",
                        CsvRow.letter(columns.get(column.get()))));
                usable = false;
            } else {
                columns.put(column.get(), i);
                headers.put(column.get(), text);
            }
        }
        if (!columns.containsKey(SurveyColumn.VALUE)) {
            problems.add(CsvProblem.inRow(row.number(), "importing.header.missing", new CsvProblem.Term(SurveyColumn.VALUE.nameKey)));
            usable = false;
        }
        return usable ? Optional.of(new RatingRow.Header(columns, headers, unnamed, row.width())) : Optional.empty();
    }

    /** The surveys the answers go to, gathered in the order the rows name them. */
    private static final class Plan {
        private final List<RatingSurvey> existing;
        private final Map<String, Draft> drafts = new LinkedHashMap<>();
        private final FreshIds ids;

        private record Draft(String id, RatingKind kind, String name, String touchpointId, RatingSurvey before,
                             TreeMap<Integer, Long> counts, List<Integer> rows) {
        }

        Plan(List<RatingSurvey> existing) {
            this.existing = existing;
            this.ids = new FreshIds(existing.stream().map(RatingSurvey::id).toList());
        }

        void add(CsvRow row, RatingRow.Read read, RatingRow.Header header, List<CsvProblem> problems) {
            String key = read.kind() + "\n" + read.touchpointId() + "\n" + Spellings.name(read.survey());
            Draft draft = drafts.computeIfAbsent(key, k -> {
                RatingSurvey before = existing.stream().filter(s -> s.kind() == read.kind()
                        && s.touchpointId().equals(read.touchpointId())
                        && Spellings.name(s.name()).equals(Spellings.name(read.survey()))).findFirst().orElse(null);
                return before == null
                        ? new Draft(ids.next("rs"), read.kind(), read.survey(), read.touchpointId(), null, new TreeMap<>(), new ArrayList<>())
                        : new Draft(before.id(), before.kind(), before.name(), before.touchpointId(), before, new TreeMap<>(), new ArrayList<>());
            });
            long had = draft.before() == null ? 0 : draft.before().counts().stream()
                    .filter(c -> c.value() == read.value()).mapToLong(RatingCount::count).sum();
            if (had + draft.counts().getOrDefault(read.value(), 0L) + read.count() > RatingRow.MAX_COUNT) {
                String column = header.headers().get(SurveyColumn.COUNT);
                problems.add(column == null
                        ? CsvProblem.inRow(row.number(), "surveys.import.rating.badCount", "1", RatingRow.MAX_COUNT)
                        : CsvProblem.inCell(row.number(), column, "surveys.import.rating.badCount",
                                row.cell(header.columns().get(SurveyColumn.COUNT)).strip(), RatingRow.MAX_COUNT));
                return;
            }
            if (read.count() > 0) {
                draft.counts().merge(read.value(), (long) read.count(), Long::sum);
            }
            draft.rows().add(row.number());
        }

        List<SurveyImport> surveys() {
            return drafts.values().stream().map(d -> new SurveyImport(d.id(), d.kind(), d.name(), d.touchpointId(), d.before(),
                    d.counts().entrySet().stream().map(e -> new RatingCount(e.getKey(), e.getValue().intValue())).toList(),
                    d.rows())).toList();
        }
    }
}
