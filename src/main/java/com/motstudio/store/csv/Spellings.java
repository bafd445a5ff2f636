package com.motstudio.store.csv;

import com.motstudio.text.Language;
import com.motstudio.text.Texts;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How words written in a CSV file are compared with the ones MOT Studio knows. Full-width and
 * half-width forms, upper and lower case count as the same everywhere; for column names and
 * choices, spaces, "_", "-" and "*" do not count either ("Owner_Department" is "owner department").
 */
final class Spellings {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern IGNORED_IN_WORDS = Pattern.compile("[\\s_\\-*]");

    private Spellings() {}

    /** The bundles of all three languages: a file is read the same whatever language the app shows. */
    static List<Texts> allLanguages() {
        return Arrays.stream(Language.values()).map(Texts::new).toList();
    }

    /** A name (of a stage or a customer type) as compared: width, case and runs of spaces do not count. */
    static String name(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return SPACES.matcher(plain).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** A column name or a choice as compared. */
    static String word(String text) {
        return IGNORED_IN_WORDS.matcher(name(text)).replaceAll("");
    }

    /** The spellings a key lists, separated by "|", in every language. */
    static List<String> listed(List<Texts> languages, String key) {
        return languages.stream()
                .flatMap(texts -> Arrays.stream(texts.get(key).split("\\|")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
