package com.motstudio.store.csv;

import com.motstudio.model.Measurement;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What a CSV file of KPI measurements would add: the measurements read, the rows skipped and why,
 * or that the file cannot be read at all ({@code refused}). Nothing is added until the user confirms.
 */
public record MeasurementImport(Charset charset, int rowCount, List<Measurement> measurements, List<CsvProblem> problems,
                                boolean refused) {
    public MeasurementImport {
        measurements = List.copyOf(measurements);
        problems = List.copyOf(problems);
    }

    static MeasurementImport refusedFor(Charset charset, List<CsvProblem> problems) {
        return new MeasurementImport(charset, 0, List.of(), problems, true);
    }

    public int skippedRowCount() {
        return (int) problems.stream().filter(p -> p.row() > 0 && p.key().startsWith("monitor.csv.row")).map(CsvProblem::row)
                .distinct().count();
    }
}
