package com.motstudio.store.csv;

import com.motstudio.model.ServqualDimension;
import com.motstudio.store.csv.SurveyWords.Prefix;
import com.motstudio.store.csv.SurveyWords.Rest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each position of a SERVQUAL or KANO answer file holds, read from its header row: the
 * respondent, one of the two answers to an item or need (named by a prefix and its number, id or
 * name: "E1", "P 01", "F: Online pre-review"), or a dimension's weight.
 */
final class AnswerHeader {
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

    /** What one position of the header holds. */
    sealed interface Slot permits Respondent, Answer, Weight, Ignored, Empty {
    }

    record Respondent() implements Slot {
    }

    /** One answer to an item or need: the first (expectation, functional) or the second (perception, dysfunctional). */
    record Answer(String targetId, boolean second, String header) implements Slot {
    }

    /** The points of 100 a respondent gave a SERVQUAL dimension. */
    record Weight(ServqualDimension dimension, String header) implements Slot {
    }

    /** A column this import does not read; its header was reported once. */
    record Ignored() implements Slot {
    }

    /** No header: text in such a cell has nowhere to go. */
    record Empty() implements Slot {
    }

    /**
     * What the answer columns refer to: items or needs by position (numbered from 1), id, and —
     * when {@code names} is not empty — name; the prefixes of their two answers; whether weight
     * columns are read; and the keys of the problems "no such item" and "no answer column at all".
     */
    record Targets(List<String> ids, List<String> names, Prefix first, Prefix second, boolean weights,
                   String unknownKey, String noColumnsKey) {
        Targets {
            ids = List.copyOf(ids);
            names = List.copyOf(names);
        }
    }

    private final List<Slot> slots;
    private final boolean usable;

    private AnswerHeader(List<Slot> slots, boolean usable) {
        this.slots = List.copyOf(slots);
        this.usable = usable;
    }

    /** Reads the header, adding a problem for each column that is unknown or repeated, or if none holds answers. */
    static AnswerHeader read(CsvRow row, Targets targets, SurveyWords words, List<CsvProblem> problems) {
        List<Slot> slots = new ArrayList<>();
        ColumnClaims claims = new ColumnClaims();
        boolean usable = true;
        for (int i = 0; i < row.width(); i++) {
            String header = row.cell(i).strip();
            Slot slot = header.isEmpty() ? new Empty() : slotOf(row.number(), header, targets, words, problems);
            Object target = switch (slot) {
                case Respondent respondent -> SurveyColumn.RESPONDENT;
                case Answer answer -> answer.targetId() + (answer.second() ? "/2" : "/1");
                case Weight weight -> weight.dimension();
                default -> null;
            };
            if (target != null && !claims.claim(target, i, row.number(), header, problems)) {
                usable = false;
                slot = new Ignored();
            }
            slots.add(slot);
        }
        if (slots.stream().noneMatch(s -> s instanceof Answer)) {
            problems.add(CsvProblem.inRow(row.number(), targets.noColumnsKey()));
            usable = false;
        }
        return new AnswerHeader(slots, usable);
    }

    private static Slot slotOf(int rowNumber, String header, Targets targets, SurveyWords words, List<CsvProblem> problems) {
        if (words.column(header).filter(c -> c == SurveyColumn.RESPONDENT).isPresent()) {
            return new Respondent();
        }
        List<Rest> weightRests = targets.weights() ? words.rests(header, Prefix.WEIGHT) : List.of();
        for (Rest rest : weightRests) {
            Optional<ServqualDimension> dimension = words.dimensions.find(rest.text());
            if (dimension.isPresent()) {
                return new Weight(dimension.get(), header);
            }
        }
        List<Rest> answerRests = new ArrayList<>();
        for (Prefix prefix : List.of(targets.first(), targets.second())) {
            for (Rest rest : words.rests(header, prefix)) {
                Optional<String> id = resolve(rest.text(), targets);
                if (id.isPresent()) {
                    return new Answer(id.get(), prefix == targets.second(), header);
                }
                answerRests.add(rest);
            }
        }
        Optional<Rest> weight = weightRests.stream().filter(AnswerHeader::meant).findFirst();
        Optional<Rest> answer = answerRests.stream().filter(AnswerHeader::meant).findFirst();
        if (weight.isPresent()) {
            problems.add(CsvProblem.inCell(rowNumber, header, "surveys.import.servqual.unknownDimension", weight.get().text()));
        } else if (answer.isPresent()) {
            problems.add(CsvProblem.inCell(rowNumber, header, targets.unknownKey(), answer.get().text(), targets.ids().size()));
        } else {
            problems.add(CsvProblem.inCell(rowNumber, header, "importing.header.unknown"));
        }
        return new Ignored();
    }

    /** The item or need a reference names: its number (1 = first), its id, or its name. */
    private static Optional<String> resolve(String text, Targets targets) {
        if (NUMBER.matcher(text).matches()) {
            int number = Integer.parseInt(text);
            return number >= 1 && number <= targets.ids().size() ? Optional.of(targets.ids().get(number - 1)) : Optional.empty();
        }
        String word = Spellings.word(text);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        for (List<String> names : List.of(targets.ids(), targets.names())) {
            for (int i = 0; i < names.size(); i++) {
                if (Spellings.word(names.get(i)).equals(word)) {
                    return Optional.of(targets.ids().get(i));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a rest that names nothing was meant as a reference, so "no such item" says more than
     * "unknown column": a number, text set apart by a separator ("F: xyz") or text in Chinese characters.
     * "Email" is just an unknown column, not "E" and an item "mail".
     */
    private static boolean meant(Rest rest) {
        if (rest.text().isEmpty()) {
            return false;
        }
        int first = rest.text().codePointAt(0);
        return NUMBER.matcher(rest.text()).matches() || rest.separated()
                || Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN;
    }

    boolean usable() {
        return usable;
    }

    int width() {
        return slots.size();
    }

    /** What the position holds; positions past the header's end hold nothing. */
    Slot slot(int index) {
        return index < slots.size() ? slots.get(index) : new Empty();
    }

    /** The items or needs that have at least one answer column, in the order of the targets. */
    List<String> answeredIds(Targets targets) {
        Set<String> answered = new LinkedHashSet<>();
        slots.stream().filter(s -> s instanceof Answer).forEach(s -> answered.add(((Answer) s).targetId()));
        return targets.ids().stream().filter(answered::contains).toList();
    }

    /** The items or needs that have both their answer columns. */
    Set<String> pairedIds() {
        Set<String> first = new LinkedHashSet<>();
        Set<String> both = new LinkedHashSet<>();
        slots.stream().filter(s -> s instanceof Answer a && !a.second()).forEach(s -> first.add(((Answer) s).targetId()));
        slots.stream().filter(s -> s instanceof Answer a && a.second() && first.contains(a.targetId()))
                .forEach(s -> both.add(((Answer) s).targetId()));
        return both;
    }
}
