package com.motstudio.store.csv;

import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.SavedSize;
import com.motstudio.store.WorkshopStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Saves a workshop as the app does and opens the file again, as a user would after an import. */
final class Reopened {
    private static final WorkshopStore STORE = new WorkshopStore();

    private Reopened() {}

    /** The workshop read back from its saved file; fails the test if Open refuses the file. */
    static Workshop of(Workshop workshop, Path folder) throws IOException {
        byte[] saved = STORE.toJson(workshop, null);
        assertThat(SavedSize.of(workshop)).as("the size an import checks is the size saved").isEqualTo(saved.length);
        Path file = Files.createTempFile(folder, "imported", ".mot.json");
        Files.write(file, saved);
        LoadResult result = STORE.open(file);
        assertThat(result).as("the saved file opens").isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).workshop();
    }
}
