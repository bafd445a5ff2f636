package com.motstudio.store;

import com.motstudio.model.Workshop;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The data-safety invariant the fuzz tests hold every input to: whatever is accepted saves and opens again unchanged. */
public final class RoundTrips {
    private static final Path SAVED = Path.of("saved.mot.json");

    private RoundTrips() {}

    /** A refusal names at least one problem, none of them the reader's last-guard "not understood". */
    public static void assertExplained(LoadResult.Refused refused) {
        assertThat(refused.problems()).isNotEmpty();
        assertThat(refused.problems()).extracting(FileProblem::kind).doesNotContain(FileProblem.Kind.NOT_UNDERSTOOD);
    }

    /** {@code workshop} (held with {@code baseline}, or null when never saved) saves, opens equal, and saves to the same bytes. */
    public static void assertSavesAndOpensEqual(WorkshopStore store, Workshop workshop, SavedFile baseline) {
        byte[] saved = store.toJson(workshop, baseline);
        LoadResult again = store.read(SAVED, saved);
        if (again instanceof LoadResult.Refused refused) {
            throw new AssertionError("saved file refused on open: " + refused.problems());
        }
        LoadResult.Loaded reopened = (LoadResult.Loaded) again;
        assertThat(reopened.workshop()).isEqualTo(workshop);
        assertThat(store.toJson(reopened.workshop(), reopened.baseline())).isEqualTo(saved);
    }
}
