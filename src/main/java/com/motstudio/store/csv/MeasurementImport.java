package com.motstudio.store.csv;

import com.motstudio.model.Measurement;
import com.motstudio.model.Workshop;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * What a CSV file of KPI measurements would add: the measurements read, the rows skipped and why,
 * or that the file cannot be read at all ({@code refused}). Nothing is added until the user confirms.
 *
 * @param skippedRowCount rows left out because of their problems
 * @param problems        the first {@value CsvProblems#KEPT} problems, then one line counting the rest
 */
public record MeasurementImport(Charset charset, int rowCount, List<Measurement> measurements, int skippedRowCount,
                                List<CsvProblem> problems, boolean refused) {
    public MeasurementImport {
        measurements = List.copyOf(measurements);
        problems = List.copyOf(problems);
    }

    static MeasurementImport refusedFor(Charset charset, List<CsvProblem> problems) {
        return new MeasurementImport(charset, 0, List.of(), 0, problems, true);
    }

    /** The workshop with the measurements added after its own, and nothing else changed. */
    public Workshop applyTo(Workshop workshop) {
        if (measurements.isEmpty()) {
            return workshop;
        }
        List<Measurement> all = new ArrayList<>(workshop.monitoring().measurements());
        all.addAll(measurements);
        return workshop.withMonitoring(workshop.monitoring().withMeasurements(all));
    }
}
