package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Fields a later MOT Studio (or another tool) added survive a load–edit–save, in place. */
class UnknownFieldsTest {
    @TempDir
    Path folder;

    private final WorkshopStore store = new WorkshopStore();
    private final ObjectMapper mapper = JsonSetup.mapper();

    /** The rich workshop with extra fields at the root, in a nested object and in array elements. */
    private Path fileWithExtras() throws Exception {
        String json = new String(store.toJson(RichWorkshop.create(), null), StandardCharsets.UTF_8)
                .replace("\"formatVersion\": 1,", "\"formatVersion\": 1,\n  \"generator\": {\"name\": \"other-tool\", \"build\": 7},")
                .replace("\"accentColor\": \"#C0392B\"", "\"accentColor\": \"#C0392B\",\n      \"fontFamily\": \"思源黑体\"")
                .replace("\"id\": \"st-2\",", "\"id\": \"st-2\",\n        \"colour\": \"#ffcc00\",")
                .replace("\"id\": \"tp-1\",", "\"id\": \"tp-1\",\n            \"photo\": [1, 2, 3],");
        return Files.writeString(folder.resolve("extras.mot.json"), json);
    }

    private LoadResult.Loaded open(Path file) {
        return (LoadResult.Loaded) store.open(file);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void unknownFieldsKeepTheirValueAndPlaceAfterAnEdit() throws Exception {
        Path file = fileWithExtras();
        LoadResult.Loaded loaded = open(file);
        Workshop edited = loaded.workshop().withInfo(loaded.workshop().info().withTitle("改过的标题"));
        store.save(edited, file, loaded.baseline());
        JsonNode saved = mapper.readTree(Files.readAllBytes(file));

        assertThat(saved.get("generator")).isEqualTo(mapper.readTree("{\"name\": \"other-tool\", \"build\": 7}"));
        assertThat(saved.at("/info/branding/fontFamily").asText()).isEqualTo("思源黑体");
        assertThat(saved.at("/journey/stages/1/colour").asText()).isEqualTo("#ffcc00");
        assertThat(saved.at("/journey/stages/0/touchpoints/0/photo")).isEqualTo(mapper.readTree("[1, 2, 3]"));
        assertThat(saved.at("/info/title").asText()).isEqualTo("改过的标题");

        assertThat(names(saved)).startsWith("format", "formatVersion", "generator", "info");
        assertThat(names(saved.at("/info/branding"))).containsExactly("logoMediaType", "logoBase64", "accentColor", "fontFamily");
        assertThat(names(saved.at("/journey/stages/1"))).startsWith("id", "colour", "name");
        assertThat(names(saved.at("/journey/stages/0/touchpoints/0"))).startsWith("id", "photo", "name");
    }

    @Test
    void theyFollowTheirElementWhenItMovesAndLeaveWithItWhenDeleted() throws Exception {
        LoadResult.Loaded loaded = open(fileWithExtras());
        List<Stage> stages = new ArrayList<>(loaded.workshop().journey().stages());
        stages.addFirst(stages.remove(1));
        JsonNode reordered = mapper.readTree(store.toJson(loaded.workshop().withJourney(new Journey(stages)), loaded.baseline()));
        assertThat(reordered.at("/journey/stages/0/colour").asText()).isEqualTo("#ffcc00");
        assertThat(reordered.at("/journey/stages/1/touchpoints/0/photo").isArray()).isTrue();

        Workshop withoutSecond = loaded.workshop().withJourney(new Journey(List.of(stages.get(1))));
        String pruned = text(store.toJson(withoutSecond, loaded.baseline()));
        assertThat(pruned).doesNotContain("\"colour\"").contains("\"photo\"");
    }

    @Test
    void theyAreStillThereAfterASecondSave() throws Exception {
        Path file = fileWithExtras();
        LoadResult.Loaded loaded = open(file);
        SavedFile first = store.save(loaded.workshop(), file, loaded.baseline());
        byte[] once = Files.readAllBytes(file);
        store.save(loaded.workshop(), file, first);
        assertThat(Files.readAllBytes(file)).isEqualTo(once);
        assertThat(text(once)).contains("\"generator\"", "\"fontFamily\"", "\"colour\"", "\"photo\"");
    }

    @Test
    void aDocumentWithoutExtrasStopsHoldingTheTreeOnceSaved() throws Exception {
        Path file = folder.resolve("plain.mot.json");
        assertThat(store.save(RichWorkshop.create(), file, null).unknownFieldsSource()).isNull();
        LoadResult.Loaded plain = open(file);
        assertThat(store.save(plain.workshop(), file, plain.baseline()).unknownFieldsSource()).isNull();
        LoadResult.Loaded extras = open(fileWithExtras());
        assertThat(store.save(extras.workshop(), extras.baseline().path(), extras.baseline()).unknownFieldsSource()).isNotNull();
    }

    @Test
    void arrayElementsWithoutIdsAreMatchedByPositionOnlyWhenTheLengthsAgree() throws Exception {
        JsonNode old = mapper.readTree("""
                {"emotions": [{"customerTypeId": "ct-1", "score": 1, "note": "a"}, {"customerTypeId": "ct-2", "score": 2, "note": "b"}]}
                """);
        JsonNode sameLength = mapper.readTree("""
                {"emotions": [{"customerTypeId": "ct-1", "score": 3}, {"customerTypeId": "ct-2", "score": 4}]}
                """);
        JsonNode shorter = mapper.readTree("""
                {"emotions": [{"customerTypeId": "ct-2", "score": 4}]}
                """);
        assertThat(UnknownFields.carryOver(old, sameLength)).isTrue();
        assertThat(sameLength.at("/emotions/1/note").asText()).isEqualTo("b");
        assertThat(sameLength.at("/emotions/1/score").asInt()).isEqualTo(4);
        assertThat(UnknownFields.carryOver(old, shorter)).isFalse();
        assertThat(shorter.at("/emotions/0").has("note")).isFalse();
    }

    private static List<String> names(JsonNode node) {
        return node.properties().stream().map(e -> e.getKey()).toList();
    }
}
