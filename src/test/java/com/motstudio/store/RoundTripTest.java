package com.motstudio.store;

import com.motstudio.model.IpaScore;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** What is saved is what opens again, byte for byte stable, in the documented layout. */
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
    void theRichFixtureReallySetsEveryFieldOfEveryRecord() throws Exception {
        Set<String> empty = new TreeSet<>();
        Set<String> filled = new TreeSet<>();
        visit(RichWorkshop.create(), "workshop", empty, filled);
        empty.removeAll(filled); // a field counts as covered when at least one record sets it
        assertThat(empty).as("fields the fixture never sets").isEmpty();
        assertThat(filled).hasSizeGreaterThan(150);
    }

    @Test
    void everyFieldSurvivesSaveAndOpen() throws Exception {
        Workshop rich = RichWorkshop.create();
        Path file = folder.resolve("rich.mot.json");
        store.save(rich, file, null);
        assertThat(open(file)).isEqualTo(rich);
    }

    @Test
    void aBlankWorkshopRoundTrips() throws Exception {
        Workshop blank = Workshop.blank("zh-TW", "顧客");
        Path file = folder.resolve("blank.mot.json");
        store.save(blank, file, null);
        assertThat(open(file)).isEqualTo(blank);
    }

    @Test
    void savingTwiceWritesIdenticalBytes() throws Exception {
        Path first = folder.resolve("first.mot.json");
        Path second = folder.resolve("second.mot.json");
        store.save(RichWorkshop.create(), first, null);
        store.save(open(first), second, ((LoadResult.Loaded) store.open(first)).baseline());
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(store.toJson(RichWorkshop.create(), null)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void theFileIsPrettyUtf8WithTheEnvelopeFirstAndOneFieldPerLine() {
        String text = new String(store.toJson(RichWorkshop.create(), null), StandardCharsets.UTF_8);
        assertThat(text).startsWith("""
                {
                  "format": "mot-studio-workshop",
                  "formatVersion": 1,
                  "info": {
                    "title": "某市政务服务大厅关键时刻工作坊",
                    "organization": "某市政务服务管理局",
                """);
        assertThat(text).contains("\"startDate\": \"2026-03-14\",", "\"channel\": \"PHYSICAL\",", "\"groups\": [\n",
                "\"notes\": \"第二天下午做现场走查。\\nBring the \\\"audit\\\" sheets\\tand C:\\\\forms 📋\"");
        assertThat(text).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
        assertThat(new String(store.toJson(Workshop.blank("en", "Customer"), null), StandardCharsets.UTF_8))
                .contains("\"participants\": [],", "\"endDate\": null,", "\"followUpWorkingDays\": 5,");
    }

    @Test
    void aNumberThatCouldNotBeComputedIsWrittenAsNullAndReadBack() throws Exception {
        Workshop rich = RichWorkshop.create();
        KeyMoments k = rich.keyMoments();
        Workshop withNaN = rich.withKeyMoments(new KeyMoments(k.traitWeights(), k.ratings(), k.votesPerParticipant(), k.votes(),
                k.servqual(), k.kano(), k.ratingSurveys(), List.of(new IpaScore("tp-2", Double.NaN, 2.9)), k.moments()));
        Path file = folder.resolve("nan.mot.json");
        store.save(withNaN, file, null);
        assertThat(Files.readString(file)).contains("\"importance\": null,");
        assertThat(open(file).keyMoments().ipa().getFirst().importance()).isNaN();
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] json = store.toJson(RichWorkshop.create(), null);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertThat(open(Files.write(folder.resolve("bom.mot.json"), withBom))).isEqualTo(RichWorkshop.create());
    }

    /** Walks records and lists, noting each field path (without indices) as empty or filled. */
    private static void visit(Object value, String path, Set<String> empty, Set<String> filled) throws Exception {
        boolean isEmpty = value == null || value instanceof String s && s.isEmpty() || value instanceof Collection<?> c && c.isEmpty();
        (isEmpty ? empty : filled).add(path);
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                visit(component.getAccessor().invoke(record), path + "." + component.getName(), empty, filled);
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                visit(item, path + "[]", empty, filled);
            }
        }
    }
}
