package com.motstudio.store;

import com.motstudio.model.Workshop;

import java.nio.file.Path;
import java.util.List;

/** What opening a workshop file gave: the workshop, or every reason it was refused. */
public sealed interface LoadResult {

    /** The file was valid; {@code baseline} is what a later save of this document compares with. */
    record Loaded(Workshop workshop, SavedFile baseline) implements LoadResult {}

    /** The file was refused; nothing of it was loaded. */
    record Refused(Path file, List<FileProblem> problems) implements LoadResult {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
