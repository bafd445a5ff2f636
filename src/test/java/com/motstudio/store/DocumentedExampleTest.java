package com.motstudio.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The example in docs/file-format.md is a real file, in exactly the form MOT Studio writes. */
class DocumentedExampleTest {
    @Test
    void theExampleOpensAndSavesToTheSameBytes() throws Exception {
        String page = Files.readString(Path.of("docs/file-format.md"));
        int start = page.indexOf("```json\n") + "```json\n".length();
        byte[] example = page.substring(start, page.indexOf("```", start)).getBytes(StandardCharsets.UTF_8);
        WorkshopStore store = new WorkshopStore();
        LoadResult.Loaded loaded = (LoadResult.Loaded) store.read(Path.of("example.mot.json"), example);
        assertThat(loaded.workshop().journey().touchpoints()).hasSize(1);
        assertThat(new String(store.toJson(loaded.workshop(), loaded.baseline()), StandardCharsets.UTF_8))
                .isEqualTo(new String(example, StandardCharsets.UTF_8));
    }
}
