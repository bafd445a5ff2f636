package com.motstudio.store;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.file.Path;

/**
 * Open → save → open on any bytes. The only allowed outcomes: the file is refused with problems of
 * the app's own kinds (never "could not make sense of this file", which means an internal error),
 * or it opens, saves, and opens again to an equal workshop whose second save writes the same bytes.
 * Runs the committed inputs in every build; {@code JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class WorkshopFileFuzzTest {
    private static final WorkshopStore STORE = new WorkshopStore();
    private static final Path FILE = Path.of("fuzzed.mot.json");

    private static final WorkshopMutations MUTATIONS = new WorkshopMutations(
            STORE.toJson(RichWorkshop.create(), null));

    /** Any bytes, starting from the inputs folder's workshop files. */
    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"null", "[[[[[[[[[[", "]]]]]]]]]]", "1e400", "-1e400", "3000000000", "-2147483649",
            "\\uDC00", "\\uD800", "\"+10000-01-04\"", "\"0000-00-00\"", "\"holidays\"",
            "\"formatVersion\"", "\"pass\"", "\"overdueFollowUps\"", "true", "{}", "[]", "\"\""})
    void openSaveOpen(byte[] bytes) {
        check(bytes);
    }

    /** The rich workshop with values, fields and nesting changed where the fuzzer chooses. */
    @FuzzTest(maxDuration = "5m")
    void mutatedWorkshop(FuzzedDataProvider data) {
        check(MUTATIONS.mutate(data));
    }

    private static void check(byte[] bytes) {
        LoadResult first = STORE.read(FILE, bytes);
        if (first instanceof LoadResult.Refused refused) {
            RoundTrips.assertExplained(refused);
            return;
        }
        LoadResult.Loaded loaded = (LoadResult.Loaded) first;
        RoundTrips.assertSavesAndOpensEqual(STORE, loaded.workshop(), loaded.baseline());
    }
}
