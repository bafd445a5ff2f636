package com.motstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/analyze.md true: its example is the output for the example workshop, and every field
 * of the output is described. Run with {@code -Dmot.updateDocs=true} to rewrite the example.
 */
class AnalyzeDocTest {
    private static final Path DOC = Path.of("docs/analyze.md");
    private static final String START = "<!-- example output: start -->\n```json\n";
    private static final String END = "```\n<!-- example output: end -->";

    private static String output() {
        StringWriter out = new StringWriter();
        int code = CommandLineMain.run(new String[] {"analyze", AnalyzeCommandTest.EXAMPLE.toString(), "--json", "--as-of", "2026-12-01"},
                new Texts(Language.ENGLISH), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void theExampleIsTheCurrentOutput() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("docs/analyze.md has the example markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String output = output();
        if (Boolean.getBoolean("mot.updateDocs")) {
            Files.writeString(DOC, doc.substring(0, start + START.length()) + output + doc.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertThat(doc.substring(start + START.length(), end)).as("example in docs/analyze.md (rerun with -Dmot.updateDocs=true)")
                .isEqualTo(output);
    }

    @Test
    void everyFieldIsDescribed() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String described = doc.substring(0, Math.max(0, doc.indexOf(START)));
        Set<String> fields = new TreeSet<>();
        collect(new ObjectMapper().readTree(output()), fields);
        List<String> missing = new ArrayList<>();
        for (String field : fields) {
            if (!described.contains("`" + field + "`")) {
                missing.add(field);
            }
        }
        assertThat(missing).as("fields of the output that docs/analyze.md does not describe").isEmpty();
    }

    private static void collect(JsonNode node, Set<String> fields) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                fields.add(e.getKey());
                collect(e.getValue(), fields);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, fields));
        }
    }
}
