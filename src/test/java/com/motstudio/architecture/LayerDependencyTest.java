package com.motstudio.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the layers honest (docs/decisions/0001): model, method, store, report, cli, text and edit
 * never touch JavaFX scenes or stages, and the model knows nothing of the layers above it. Scans
 * the sources, so fully qualified names count as well as imports.
 */
class LayerDependencyTest {
    private static final Path MAIN = Path.of("src/main/java/com/motstudio");
    private static final Pattern JAVAFX_UI = Pattern.compile("\\bjavafx\\.(scene|stage)\\b");

    @Test
    void coreLayersDoNotUseJavaFxScenesOrStages() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String layer : List.of("model", "method", "store", "report", "cli", "text", "edit", "merge")) {
            for (Path file : sources(MAIN.resolve(layer))) {
                if (JAVAFX_UI.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                    offenders.add(file.toString());
                }
            }
        }
        assertThat(offenders).as("files outside ui/ and app/ using javafx.scene or javafx.stage").isEmpty();
    }

    @Test
    void modelDependsOnNothingAboveIt() throws IOException {
        Pattern upward = Pattern.compile("\\bcom\\.motstudio\\.(method|store|edit|report|cli|ui|app)\\b|\\bjavafx\\.|\\bcom\\.fasterxml\\.");
        List<String> offenders = new ArrayList<>();
        for (Path file : sources(MAIN.resolve("model"))) {
            if (upward.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                offenders.add(file.toString());
            }
        }
        assertThat(offenders).as("model files reaching into upper layers, JavaFX or Jackson").isEmpty();
    }

    @Test
    void onlyTheUiAndAppLayersUseTheUi() throws IOException {
        Pattern ui = Pattern.compile("\\bcom\\.motstudio\\.ui\\b");
        List<String> offenders = new ArrayList<>();
        for (String layer : List.of("model", "method", "store", "report", "cli", "text", "edit", "merge")) {
            for (Path file : sources(MAIN.resolve(layer))) {
                if (ui.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                    offenders.add(file.toString());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    static List<Path> sources(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
