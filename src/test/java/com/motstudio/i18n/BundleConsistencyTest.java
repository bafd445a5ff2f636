package com.motstudio.i18n;

import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key exists in all three languages, is used by the code, and no value is left empty. */
class BundleConsistencyTest {
    private static final Path BUNDLES = Path.of("src/main/resources/com/motstudio/i18n");
    private static final List<String> SUFFIXES = List.of("", "_zh_CN", "_zh_TW");

    @Test
    void everyKeyIsInAllThreeLanguages() throws IOException {
        for (String bundle : Texts.BUNDLES) {
            Set<String> english = load(bundle, "").stringPropertyNames();
            for (String suffix : SUFFIXES) {
                Set<String> keys = load(bundle, suffix).stringPropertyNames();
                assertThat(keys).as("keys of %s%s", bundle, suffix).containsExactlyInAnyOrderElementsOf(english);
            }
        }
    }

    @Test
    void noValueIsBlank() throws IOException {
        List<String> blank = new ArrayList<>();
        for (String bundle : Texts.BUNDLES) {
            for (String suffix : SUFFIXES) {
                Properties p = load(bundle, suffix);
                p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank())
                        .forEach(k -> blank.add(bundle + suffix + ": " + k));
            }
        }
        assertThat(blank).isEmpty();
    }

    @Test
    void chineseBundlesAreTranslated() throws IOException {
        List<String> untranslated = new ArrayList<>();
        for (String bundle : Texts.BUNDLES) {
            Properties english = load(bundle, "");
            for (String suffix : List.of("_zh_CN", "_zh_TW")) {
                Properties chinese = load(bundle, suffix);
                for (String key : english.stringPropertyNames()) {
                    String value = english.getProperty(key);
                    boolean wordy = value.matches(".*[A-Za-z]{4,}.*\\s.*[A-Za-z]{3,}.*");
                    if (wordy && value.equals(chinese.getProperty(key))) {
                        untranslated.add(bundle + suffix + ": " + key);
                    }
                }
            }
        }
        assertThat(untranslated).as("values identical to English").isEmpty();
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        String code = allMainSources();
        List<String> unused = new ArrayList<>();
        for (String bundle : Texts.BUNDLES) {
            for (String key : load(bundle, "").stringPropertyNames()) {
                if (!KeyUsage.isUsed(key, code)) {
                    unused.add(bundle + ": " + key);
                }
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : Texts.BUNDLES) {
            known.addAll(load(bundle, "").stringPropertyNames());
        }
        Set<String> missing = KeyUsage.literalKeys(allMainSources()).stream()
                .filter(k -> !known.contains(k)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("keys named in code but missing from the bundles").isEmpty();
    }

    static Properties load(String bundle, String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    static String allMainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }
}
