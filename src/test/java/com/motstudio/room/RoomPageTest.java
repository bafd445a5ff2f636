package com.motstudio.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.motstudio.method.KanoCategory;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.Trait;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The participant page's files: the three languages have the same texts, every text the script or
 * the server asks for exists, and the page never turns text into markup or runs inline script.
 */
class RoomPageTest {
    private static final Path WEB = Path.of("src/main/resources/com/motstudio/room/web");
    private static final List<String> LANGUAGES = List.of("en", "zh-CN", "zh-TW");

    private static Set<String> keys(String language) throws IOException {
        JsonNode texts = new ObjectMapper().readTree(WEB.resolve("texts/" + language + ".json").toFile());
        Set<String> keys = new TreeSet<>();
        texts.fieldNames().forEachRemaining(keys::add);
        texts.forEach(value -> assertThat(value.asText()).as(language).isNotBlank());
        return keys;
    }

    @Test
    void everyLanguageHasEveryTextAndTheChineseOnesAreTranslated() throws IOException {
        Set<String> english = keys("en");
        for (String language : LANGUAGES) {
            assertThat(keys(language)).as(language).isEqualTo(english);
        }
        JsonNode en = new ObjectMapper().readTree(WEB.resolve("texts/en.json").toFile());
        for (String language : List.of("zh-CN", "zh-TW")) {
            JsonNode zh = new ObjectMapper().readTree(WEB.resolve("texts/" + language + ".json").toFile());
            long same = english.stream().filter(k -> zh.get(k).asText().equals(en.get(k).asText())).count();
            assertThat(same).as(language + " texts left in English").isZero();
        }
    }

    @Test
    void everyTextAskedForExists() throws IOException {
        Set<String> english = keys("en");
        List<String> needed = new ArrayList<>();
        String script = Files.readString(WEB.resolve("room.js"));
        Matcher literal = Pattern.compile("\\bt\\('([a-zA-Z.]+)'\\s*[,)]").matcher(script);
        while (literal.find()) {
            needed.add(literal.group(1));
        }
        for (ActivityKind kind : ActivityKind.values()) {
            needed.add("kind." + kind);
            needed.add("kind." + kind + ".help");
        }
        Stream.of(Trait.values()).forEach(t -> needed.add("trait." + t));
        Stream.of(ServqualDimension.values()).forEach(d -> needed.add("dimension." + d));
        Stream.of(KanoCategory.values()).forEach(c -> needed.add("category." + c));
        for (int i = 0; i < 5; i++) {
            needed.add("kano." + i);
        }
        Pattern refusal = Pattern.compile("Refusal(?:\\.of|)\\(\\d+, \"([a-z.A-Z]+)\"");
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/com/motstudio/room"))) {
            for (Path source : sources.toList()) {
                Matcher code = refusal.matcher(Files.readString(source));
                while (code.find()) {
                    needed.add("error." + code.group(1));
                }
            }
        }
        needed.add("error.value.range");
        assertThat(needed).contains("error.pin.wrong", "error.room.full", "error.dots.over", "room.offline");
        assertThat(english).containsAll(needed);
    }

    @Test
    void thePageNeverWritesMarkupOrRunsInlineScript() throws IOException {
        String script = Files.readString(WEB.resolve("room.js"));
        for (String unsafe : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "http://", "https://")) {
            assertThat(script).as(unsafe).doesNotContain(unsafe);
        }
        String page = Files.readString(WEB.resolve("index.html"));
        assertThat(page).doesNotContainPattern("\\son[a-z]+=").doesNotContain("<style").doesNotContain("style=")
                .doesNotContain("<script>").doesNotContainPattern("https?://");
        assertThat(Files.readString(WEB.resolve("room.css"))).doesNotContainPattern("url\\(|@import");
    }
}
