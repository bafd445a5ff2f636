package com.motstudio.store.csv;

import com.motstudio.model.Workshop;
import com.motstudio.store.SavedSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Refuses an import that would make the workshop's file larger than Open accepts: saving it would
 * succeed and opening it again would not. Checked in the preview, before anything is added.
 */
final class SizeCheck {
    /** Records printed to estimate the size of many: enough that their average is a good one. */
    static final int SAMPLE = 500;
    /** An estimate this close to the limit (either side) is checked by printing everything. */
    private static final double MARGIN = 0.1;

    private SizeCheck() {}

    /**
     * Empty when {@code changed} (the workshop as the import would leave {@code before}) fits the file
     * limit, or is {@code before} itself; else the problems of a refused import: the size first, then
     * {@code problems}. Prints {@code changed}.
     */
    static Optional<List<CsvProblem>> refusal(Workshop before, Workshop changed, List<CsvProblem> problems) {
        return changed == before ? Optional.empty() : refusal(SavedSize.of(changed), problems);
    }

    /**
     * The same for an import adding {@code count} records of one kind (survey responses, whose file
     * text is many times their row's): {@code withFirst.apply(k)} is the workshop with the first k of
     * them added. The size is estimated from the first {@value #SAMPLE}, and printed whole only when
     * the estimate is near the limit, so that a file adding 150 MB is refused in a moment.
     */
    static Optional<List<CsvProblem>> refusal(IntFunction<Workshop> withFirst, int count, List<CsvProblem> problems) {
        return count == 0 ? Optional.empty() : refusal(savedSize(withFirst, count), problems);
    }

    /** The saved size with all {@code count} records added: estimated, or exact near the limit. */
    static long savedSize(IntFunction<Workshop> withFirst, int count) {
        if (count <= SAMPLE) {
            return SavedSize.of(withFirst.apply(count));
        }
        long before = SavedSize.of(withFirst.apply(0));
        long sample = SavedSize.of(withFirst.apply(SAMPLE));
        double estimate = before + (sample - before) * (double) count / SAMPLE;
        if (Math.abs(estimate - SavedSize.limit()) <= MARGIN * SavedSize.limit()) {
            return SavedSize.of(withFirst.apply(count));
        }
        return Math.round(estimate);
    }

    private static Optional<List<CsvProblem>> refusal(long bytes, List<CsvProblem> problems) {
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
