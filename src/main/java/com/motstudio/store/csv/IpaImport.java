package com.motstudio.store.csv;

import com.motstudio.model.IpaScore;
import com.motstudio.model.Workshop;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * What importing a file of importance and performance scores would set — shown to the user before
 * they confirm — and the change that sets it. A touchpoint that has a point already gets the
 * file's; the others keep theirs. Rows with problems are left out and listed in {@link #problems()};
 * a {@link #refused()} file sets nothing at all.
 *
 * @param charset  the encoding the file was read in; null when it could not be read
 * @param rowCount the non-blank rows below the header
 * @param points   one per imported row, in file order
 * @param replaced how many of them replace a point the workshop has
 */
public record IpaImport(Charset charset, int rowCount, List<IpaScore> points, int replaced, List<CsvProblem> problems,
                        boolean refused) {
    public IpaImport {
        points = List.copyOf(points);
        problems = List.copyOf(problems);
    }

    static IpaImport refusedFor(List<CsvProblem> problems) {
        return new IpaImport(null, 0, List.of(), 0, problems, true);
    }

    public int skippedRowCount() {
        return rowCount - points.size();
    }

    public boolean addsAnything() {
        return !refused && !points.isEmpty();
    }

    /** The workshop with the file's points set; unchanged when the file was refused. */
    public Workshop applyTo(Workshop workshop) {
        if (!addsAnything()) {
            return workshop;
        }
        List<IpaScore> all = new ArrayList<>(workshop.keyMoments().ipa());
        for (IpaScore point : points) {
            all.removeIf(p -> p.touchpointId().equals(point.touchpointId()));
        }
        all.addAll(points);
        return workshop.withKeyMoments(workshop.keyMoments().withIpa(all));
    }
}
