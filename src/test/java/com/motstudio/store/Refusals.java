package com.motstudio.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens bad files in tests: checks each was refused and left on disk exactly as it was. */
final class Refusals {
    private final WorkshopStore store;
    private final Path folder;

    Refusals(WorkshopStore store, Path folder) {
        this.store = store;
        this.folder = folder;
    }

    /** The rich workshop's file as text, for tests that break one thing in it. */
    String good() {
        return new String(store.toJson(RichWorkshop.create(), null), StandardCharsets.UTF_8);
    }

    List<FileProblem> of(byte[] bytes) throws Exception {
        Path file = Files.write(folder.resolve("bad.mot.json"), bytes);
        LoadResult result = store.open(file);
        assertThat(result).isInstanceOf(LoadResult.Refused.class);
        assertThat(((LoadResult.Refused) result).file()).isEqualTo(file);
        assertThat(Files.readAllBytes(file)).as("the file on disk is untouched").isEqualTo(bytes);
        return ((LoadResult.Refused) result).problems();
    }

    List<FileProblem> of(String text) throws Exception {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The single problem of a refused file, which must be of {@code kind}. */
    FileProblem only(String text, FileProblem.Kind kind) throws Exception {
        return only(of(text), kind);
    }

    static FileProblem only(List<FileProblem> problems, FileProblem.Kind kind) {
        assertThat(problems).extracting(FileProblem::kind).containsExactly(kind);
        return problems.getFirst();
    }
}
