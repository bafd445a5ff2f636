package com.motstudio.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RoundTripTest {
    @TempDir
    Path folder;

    private final WorkshopStore store = new WorkshopStore();

    private Workshop open(Path file) {
        LoadResult result = store.open(file);
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).workshop();
    }

    @Test
    void everyFieldSurvivesSaveAndOpen() throws Exception {
        Workshop rich = RichWorkshop.create();
        Path file = folder.resolve("rich.mot.json");
        store.save(rich, file, null);
        assertThat(open(file)).isEqualTo(rich);
    }

    @Test
    void theFileIsStablePrettyUtf8WithTheEnvelopeFirst() throws Exception {
        Workshop rich = RichWorkshop.create();
        byte[] first = store.toJson(rich, null);
        byte[] second = store.toJson(open(write("a.mot.json", first)), null);
        assertThat(second).isEqualTo(first);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"format\": \"mot-studio-workshop\",\n  \"formatVersion\": 1,\n  \"info\": {\n")
                .contains("\"title\": \"某市政务服务大厅关键时刻工作坊\"").doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void whatTheAppWritesValidatesAgainstTheSchema() {
        SchemaCheck schema = new SchemaCheck();
        ObjectMapper mapper = JsonSetup.mapper();
        for (Workshop w : new Workshop[] {RichWorkshop.create(), Workshop.blank("en", "Customer")}) {
            assertThat(schema.check(WorkshopCodec.write(w))).isEmpty();
            assertThat(mapper.valueToTree(WorkshopCodec.write(w)).size()).isEqualTo(9);
        }
    }

    @Test
    void aBlankWorkshopRoundTrips() throws Exception {
        Workshop blank = Workshop.blank("zh-TW", "顧客");
        Path file = folder.resolve("blank.mot.json");
        store.save(blank, file, null);
        assertThat(open(file)).isEqualTo(blank);
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        byte[] json = store.toJson(RichWorkshop.create(), null);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertThat(open(write("bom.mot.json", withBom))).isEqualTo(RichWorkshop.create());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(folder.resolve(name), bytes);
    }
}
