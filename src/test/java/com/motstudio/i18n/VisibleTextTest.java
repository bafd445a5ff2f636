package com.motstudio.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** No visible string is written into the code: texts come from the bundles. */
class VisibleTextTest {
    /** Places that show text to a user, given a string literal with a letter in it. */
    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "(?:new (?:Label|Button|CheckBox|RadioButton|ToggleButton|MenuItem|Menu|CheckMenuItem|RadioMenuItem|Tab|Tooltip|Text|Hyperlink|TitledPane)"
            + "|\\.(?:setText|setTitle|setPromptText|setHeaderText|setContentText|setAccessibleText|setTooltip|setPlaceholder))"
            + "\\(\\s*\"([^\"]*\\p{L}[^\"]*)\"");
    private static final Pattern HAN = Pattern.compile("\"[^\"\\n]*\\p{IsHan}[^\"\\n]*\"");

    @Test
    void uiCodeShowsNoLiteralText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources("src/main/java/com/motstudio")) {
            String code = Files.readString(file, StandardCharsets.UTF_8);
            Matcher matcher = LITERAL_TEXT.matcher(code);
            while (matcher.find()) {
                found.add(file.getFileName() + ": \"" + matcher.group(1) + "\"");
            }
        }
        assertThat(found).as("visible strings written into the code instead of the bundles").isEmpty();
    }

    @Test
    void noChineseTextInTheCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources("src/main/java/com/motstudio")) {
            if (file.endsWith("Language.java")) {
                continue; // language names are written in themselves on purpose
            }
            Matcher matcher = HAN.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (matcher.find()) {
                found.add(file.getFileName() + ": " + matcher.group());
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<Path> sources(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
