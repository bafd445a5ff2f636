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
}
