package com.motstudio.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No code brings back the OS language or a second date form: JavaFX's own button types are
 * labelled once in the OS language, a bare date picker writes dates as the OS does, a localized
 * date format differs from the {@code yyyy-MM-dd} the app writes, and an empty table or list says
 * "No content in table" unless it gets a placeholder of ours. See docs/decisions/0013.
 */
class OsLocaleTextTest {
    private static final Map<String, Pattern> AVOIDED = Map.of(
            "JavaFX's own button type (use a ButtonType with a text from the bundles)",
            Pattern.compile("ButtonType\\.(?:OK|CANCEL|YES|NO|CLOSE|APPLY|FINISH|NEXT|PREVIOUS)\\b"),
            "a date picker not made by DateText.picker()", Pattern.compile("new DatePicker\\s*\\("),
            "a localized date form (dates are yyyy-MM-dd: DateText)", Pattern.compile("ofLocalized(?:Date|DateTime|Time)\\s*\\("),
            "String.format without a locale", Pattern.compile("String\\.format\\(\\s*\""));
    private static final Pattern TABLE_OR_LIST = Pattern.compile("new (?:TableView|ListView|TreeTableView)<[^>]*>\\(\\)");

    @Test
    void theCodeUsesNoTextOrFormOfTheOsLanguage() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String code = Files.readString(file, StandardCharsets.UTF_8);
            boolean makesPickers = file.endsWith("DateText.java");
            for (Map.Entry<String, Pattern> avoided : AVOIDED.entrySet()) {
                Matcher matcher = avoided.getValue().matcher(code);
                while (matcher.find()) {
                    if (!(makesPickers && matcher.group().startsWith("new DatePicker"))) {
                        found.add(file.getFileName() + ": " + matcher.group() + " — " + avoided.getKey());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** A file that makes a table or list gives one a placeholder (lists inside combo boxes are not made by us). */
    @Test
    void everyFileThatMakesATableOrListGivesItAPlaceholder() throws IOException {
        List<String> without = new ArrayList<>();
        for (Path file : sources()) {
            String code = Files.readString(file, StandardCharsets.UTF_8);
            Matcher made = TABLE_OR_LIST.matcher(code);
            int tables = 0;
            while (made.find()) {
                tables++;
            }
            int placeholders = code.split("\\.setPlaceholder\\(", -1).length - 1;
            // TypedGrid's users (KanoAnswers, ServqualAnswers) set its placeholder through table()
            if (placeholders < tables && !file.endsWith("TypedGrid.java")) {
                without.add(file.getFileName() + ": " + tables + " made, " + placeholders + " placeholders");
            }
        }
        assertThat(without).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/motstudio"))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
