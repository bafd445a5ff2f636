package com.motstudio.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A file from before a field was added (format version 1 all along) still opens, and saves with the field. */
class FieldAddedLaterTest {
    private final WorkshopStore store = new WorkshopStore();

    @Test
    void aFileWithoutRejectionsOpensWithNone() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(store.toJson(RichWorkshop.create(), null));
        ((ObjectNode) tree.get("keyMoments")).remove("rejections");
        LoadResult result = store.read(Path.of("older.mot.json"), mapper.writeValueAsBytes(tree));
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        LoadResult.Loaded loaded = (LoadResult.Loaded) result;
        assertThat(loaded.workshop().keyMoments().rejections()).isEmpty();
        assertThat(new String(store.toJson(loaded.workshop(), loaded.baseline()), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"rejections\": []");
    }

    @Test
    void aFileWithoutTheStepFourAdditionsOpensWithDefaults() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(store.toJson(RichWorkshop.create(), null));
        ObjectNode monitoring = (ObjectNode) tree.get("monitoring");
        monitoring.remove("holidays");
        monitoring.remove("makeUpWorkdays");
        ((ObjectNode) monitoring.get("audits").get(0)).remove("momentIds");
        ((ObjectNode) monitoring.get("rounds").get(0)).remove("items");
        ((ObjectNode) monitoring.get("rounds").get(0)).remove("overdueFollowUps");
        LoadResult.Loaded loaded = (LoadResult.Loaded) store.read(Path.of("older.mot.json"), mapper.writeValueAsBytes(tree));
        var m = loaded.workshop().monitoring();
        assertThat(m.holidays()).isEmpty();
        assertThat(m.makeUpWorkdays()).isEmpty();
        assertThat(m.audits().getFirst().momentIds()).isEmpty();
        assertThat(m.rounds().getFirst().items()).isEmpty();
        assertThat(m.rounds().getFirst().overdueFollowUps()).isNull();
        assertThat(m.rounds().getFirst().compliancePercent()).isEqualTo(75.0);
    }
}
