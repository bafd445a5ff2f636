package com.motstudio.store;

import com.motstudio.model.Stage;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownFieldsTest {
    @TempDir
    Path folder;

    private final WorkshopStore store = new WorkshopStore();

    /** A file written by some later tool: extra fields at the root, in a section and in array elements. */
    private Path fileWithExtras() throws Exception {
        String json = new String(store.toJson(RichWorkshop.create(), null), java.nio.charset.StandardCharsets.UTF_8);
        json = json.replace("\"formatVersion\": 1,", "\"formatVersion\": 1,\n  \"generator\": {\"name\": \"other-tool\", \"build\": 7},")
                .replace("\"sector\": \"government\",", "\"sector\": \"government\",\n    \"region\": \"华东\",")
                .replace("\"id\": \"st-2\",", "\"id\": \"st-2\",\n        \"colour\": \"#ffcc00\",")
                .replace("\"id\": \"tp-1\",", "\"id\": \"tp-1\",\n            \"photo\": [1, 2, 3],");
        return Files.writeString(folder.resolve("extras.mot.json"), json);
    }

    @Test
    void unknownFieldsAreWrittenBackAfterAnEdit() throws Exception {
        Path file = fileWithExtras();
        LoadResult.Loaded loaded = (LoadResult.Loaded) store.open(file);
        Workshop edited = loaded.workshop().withInfo(loaded.workshop().info().withTitle("改过的标题"));
        store.save(edited, file, loaded.baseline());
        String saved = Files.readString(file);
        assertThat(saved).contains("\"generator\": {").contains("\"name\": \"other-tool\"")
                .contains("\"region\": \"华东\"").contains("\"colour\": \"#ffcc00\"").contains("\"photo\": [")
                .contains("改过的标题");
        // kept in place: right after the field they followed
        assertThat(saved.indexOf("\"region\"")).isGreaterThan(saved.indexOf("\"sector\"")).isLessThan(saved.indexOf("\"facilitator\""));
        assertThat(saved.indexOf("\"generator\"")).isLessThan(saved.indexOf("\"info\""));
    }

    @Test
    void unknownFieldsFollowTheirElementWhenItMovesAndLeaveWithItWhenDeleted() throws Exception {
        Path file = fileWithExtras();
        LoadResult.Loaded loaded = (LoadResult.Loaded) store.open(file);
        List<Stage> stages = new ArrayList<>(loaded.workshop().journey().stages());
        Stage second = stages.remove(1);
        stages.addFirst(second);
        Workshop reordered = loaded.workshop().withJourney(new com.motstudio.model.Journey(stages));
        String saved = new String(store.toJson(reordered, loaded.baseline()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(saved.indexOf("\"colour\"")).isBetween(saved.indexOf("\"st-2\""), saved.indexOf("\"st-1\""));

        Workshop without = loaded.workshop().withJourney(new com.motstudio.model.Journey(List.of(stages.get(1))));
        String pruned = new String(store.toJson(without, loaded.baseline()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(pruned).doesNotContain("\"colour\"").contains("\"photo\"");
    }

    @Test
    void aNewDocumentHasNothingToCarry() {
        String json = new String(store.toJson(RichWorkshop.create(), null), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("generator");
    }
}
