package com.motstudio.store.csv;

import com.motstudio.text.Language;
import com.motstudio.text.Texts;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How words written in a CSV file are compared with the ones MOT Studio knows. Full-width and
 * half-width forms, upper and lower case count as the same everywhere; for column names and
 * choices, spaces, "_", "-" and "*" do not count either ("Owner_Department" is "owner department").
 */
final class Spellings {
    private Spellings() {}

    /** The bundles of all three languages: a file is read the same whatever language the app shows. */
    static List<Texts> allLanguages() {
        return Arrays.stream(Language.values()).map(Texts::new).toList();
    }

    /** A name (of a stage or a customer type) as compared: width, case and runs of spaces do not count. */
    static String name(String text) {
        String plain = plain(text).strip();
        StringBuilder out = new StringBuilder(plain.length());
        boolean space = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** A column name or a choice as compared. */
    static String word(String text) {
        String name = name(text);
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isSpace(c) && c != '_' && c != '-' && c != '*') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text in NFKC form (full-width letters and digits as half-width). Plain ASCII is that
     * already, and is most cells: skipping the normalizer for it keeps a 20,000-row preview quick.
     */
    static String plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    /** What {@code \s} matches in a regular expression: space, tab, line breaks, vertical tab, form feed. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
