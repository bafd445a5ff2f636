package com.motstudio.store.csv;

import com.motstudio.model.KanoAnswer;
import com.motstudio.model.RatingKind;
import com.motstudio.model.ServqualDimension;
import com.motstudio.text.Texts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every word the survey imports (SERVQUAL, KANO, ratings) accept, in English, Simplified and
 * Traditional Chinese at once, read from the {@code surveys} bundles. These spellings are part of
 * the file format (docs/csv-import.md): new ones may be added to the bundles, but existing ones must stay.
 */
final class SurveyWords {
    /** What may stand between a prefix and the item or need it names: "E_1", "P 01", "F: name". */
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s_\\-*:.#\u3001]+");

    /** The kinds of answer column, each named by a prefix and then the item, need or dimension. */
    enum Prefix {
        EXPECTATION("surveys.import.prefix.expectation"),
        PERCEPTION("surveys.import.prefix.perception"),
        WEIGHT("surveys.import.prefix.weight"),
        FUNCTIONAL("surveys.import.prefix.functional"),
        DYSFUNCTIONAL("surveys.import.prefix.dysfunctional");

        final String key;

        Prefix(String key) {
            this.key = key;
        }
    }

    /**
     * What follows a prefix in a header, as written (width normalised): {@code separated} when a
     * space, "_", "-", ":" or the like came between, which shows the rest was meant as a reference.
     */
    record Rest(String text, boolean separated) {
    }

    private final Map<String, SurveyColumn> columns = new HashMap<>();
    private final Map<Prefix, List<String>> prefixes = new EnumMap<>(Prefix.class);
    private final Map<String, Integer> levels = new HashMap<>();
    final Choices<ServqualDimension> dimensions;
    final Choices<KanoAnswer> answers;
    final Choices<RatingKind> kinds;

    SurveyWords(List<Texts> languages) {
        for (SurveyColumn column : SurveyColumn.values()) {
            for (String key : List.of(column.nameKey, column.alsoKey)) {
                for (String spelling : Spellings.listed(languages, key)) {
                    columns.putIfAbsent(Spellings.word(spelling), column);
                }
            }
        }
        for (Prefix prefix : Prefix.values()) {
            // longest first, so "expectation 1" is not read as "e" followed by "xpectation 1"
            prefixes.put(prefix, Spellings.listed(languages, prefix.key).stream().map(Spellings::word).distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList());
        }
        for (int level = 1; level <= 5; level++) {
            for (String spelling : Spellings.listed(languages, "surveys.import.value.level." + level)) {
                levels.putIfAbsent(Spellings.word(spelling), level);
            }
        }
        dimensions = new Choices<>(ServqualDimension.class, "surveys.import.value.ServqualDimension.", languages);
        answers = new Choices<>(KanoAnswer.class, "surveys.import.value.KanoAnswer.", languages);
        kinds = new Choices<>(RatingKind.class, "surveys.import.value.RatingKind.", languages);
    }

    /** The column a header names, if it names one exactly. */
    Optional<SurveyColumn> column(String header) {
        return Optional.ofNullable(columns.get(Spellings.word(header)));
    }

    /** The rests after each spelling of the prefix the header starts with, longest prefix first. */
    List<Rest> rests(String header, Prefix prefix) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFKC).strip();
        String lower = plain.toLowerCase(Locale.ROOT);
        List<Rest> rests = new ArrayList<>();
        for (String word : prefixes.get(prefix)) {
            if (lower.startsWith(word)) {
                String rest = plain.substring(word.length());
                String text = SEPARATORS.matcher(rest).replaceFirst("").strip();
                rests.add(new Rest(text, text.length() < rest.length()));
            }
        }
        return rests;
    }

    /** The level (1 = very dissatisfied … 5 = very satisfied) a word names, if it names one. */
    Optional<Integer> level(String cell) {
        return Optional.ofNullable(levels.get(Spellings.word(cell)));
    }
}
