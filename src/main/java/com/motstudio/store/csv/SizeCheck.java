package com.motstudio.store.csv;

import com.motstudio.model.Workshop;
import com.motstudio.store.SavedSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses an import that would make the workshop's file larger than Open accepts: saving it would
 * succeed and opening it again would not. Checked in the preview, before anything is added.
 */
final class SizeCheck {
    private SizeCheck() {}

    /**
     * Empty when {@code changed} (the workshop as the import would leave it) fits the file limit; else
     * the problems of a refused import: the size first, then {@code problems}.
     */
    static Optional<List<CsvProblem>> refusal(Workshop changed, List<CsvProblem> problems) {
        long bytes = SavedSize.of(changed);
        if (bytes <= SavedSize.limit()) {
            return Optional.empty();
        }
        List<CsvProblem> all = new ArrayList<>();
        all.add(CsvProblem.inFile("importing.file.workshopTooLarge", SavedSize.megabytes(bytes),
                SavedSize.megabytes(SavedSize.limit())));
        all.addAll(problems);
        return Optional.of(all);
    }
}
