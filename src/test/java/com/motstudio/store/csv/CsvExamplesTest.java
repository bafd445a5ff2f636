package com.motstudio.store.csv;

import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The files and the example in docs/csv-import.md import cleanly, and the page lists every accepted word. */
class CsvExamplesTest {
    private static final Path PAGE = Path.of("docs/csv-import.md");

    private static Workshop withTypes(String... names) {
        List<CustomerType> types = new ArrayList<>();
        for (String name : names) {
            types.add(new CustomerType("ct-" + types.size(), CustomerKind.EXTERNAL, name, ""));
        }
        return Workshop.blank("zh-CN", "unused").withCustomerTypes(types);
    }

    @Test
    void theExampleFilesImportWithoutProblems() throws Exception {
        byte[] chinese = Files.readAllBytes(Path.of("docs/examples/touchpoints-zh-CN.csv"));
        byte[] english = Files.readAllBytes(Path.of("docs/examples/touchpoints-en.csv"));
        assertThat(chinese).startsWith(0xEF, 0xBB, 0xBF);
        TouchpointImport zh = CsvFixtures.CSV.preview(chinese, withTypes("办事群众", "企业经办人"));
        TouchpointImport en = CsvFixtures.CSV.preview(english, withTypes("Citizen", "Business applicant"));
        for (TouchpointImport preview : List.of(zh, en)) {
            assertThat(preview.problems()).isEmpty();
            assertThat(preview.touchpointCount()).isEqualTo(7);
            assertThat(preview.createdStageCount()).isEqualTo(4);
            assertThat(CsvFixtures.touchpoints(preview)).allSatisfy(t -> {
                assertThat(t.channel()).isNotNull();
                assertThat(t.emotions()).hasSize(2);
            });
        }
        assertThat(CsvFixtures.touchpoints(zh)).extracting(t -> t.roles().size())
                .isEqualTo(CsvFixtures.touchpoints(en).stream().map(t -> t.roles().size()).toList());
        // GB18030, as Excel in mainland China saves it, reads the same
        String text = new String(chinese, StandardCharsets.UTF_8).substring(1);
        TouchpointImport gb = CsvFixtures.CSV.preview(text.getBytes(CsvCharset.GB18030), withTypes("办事群众", "企业经办人"));
        assertThat(CsvFixtures.touchpoints(gb)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .isEqualTo(CsvFixtures.touchpoints(zh));
    }

    @Test
    void theExampleOnThePageImports() throws Exception {
        String page = Files.readString(PAGE);
        int start = page.indexOf("```csv\n") + "```csv\n".length();
        String example = page.substring(start, page.indexOf("```", start));
        TouchpointImport preview = CsvFixtures.CSV.preview(example.getBytes(StandardCharsets.UTF_8), withTypes("客户"));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.touchpointCount()).isEqualTo(3);
        assertThat(CsvFixtures.touchpoints(preview).getFirst().painPoints()).hasSize(2);
        assertThat(CsvFixtures.touchpoints(preview).get(1).emotions().getFirst().score()).isEqualTo(-2);
    }

    @Test
    void thePageListsEveryAcceptedWord() throws Exception {
        String page = Files.readString(PAGE);
        List<Texts> languages = Spellings.allLanguages();
        List<String> missing = new ArrayList<>();
        for (String key : bundleKeys()) {
            for (String word : Spellings.listed(languages, key)) {
                if (!page.contains(word)) {
                    missing.add(key + ": " + word);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noWordMeansTwoThings() throws Exception {
        List<Texts> languages = Spellings.allLanguages();
        Map<String, String> meaning = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String key : bundleKeys()) {
            String group = key.startsWith("importing.value.") ? key.substring(0, key.lastIndexOf('.')) : "column";
            String what = key.replace("importing.columnAlso.", "importing.column.");
            for (String word : Spellings.listed(languages, key)) {
                String previous = meaning.putIfAbsent(group + "/" + Spellings.word(word), what);
                if (previous != null && !previous.equals(what)) {
                    clashes.add(word + ": " + previous + " and " + what);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    /** The keys listing column names and values: they are the same in every language's bundle. */
    private static List<String> bundleKeys() throws IOException {
        Properties english = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/com/motstudio/i18n/importing.properties"), StandardCharsets.UTF_8)) {
            english.load(reader);
        }
        return english.stringPropertyNames().stream()
                .filter(k -> k.startsWith("importing.column") || k.startsWith("importing.value."))
                .sorted().toList();
    }
}
