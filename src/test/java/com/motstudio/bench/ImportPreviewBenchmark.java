package com.motstudio.bench;

import com.motstudio.model.Workshop;
import com.motstudio.store.csv.CsvProblem;
import com.motstudio.store.csv.CsvTable;
import com.motstudio.store.csv.IpaCsv;
import com.motstudio.store.csv.KanoCsv;
import com.motstudio.store.csv.MeasurementCsv;
import com.motstudio.store.csv.RatingCsv;
import com.motstudio.store.csv.ServqualCsv;
import com.motstudio.store.csv.TouchpointCsv;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Previews the largest file each of the six CSV imports allows — good rows, and a problem in every
 * cell — and prints each time beside its floor, measured in the same run: reading the same bytes
 * into rows ({@link CsvTable#read}), which every preview does first.
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbench=ImportPreviewBenchmark}
 */
public final class ImportPreviewBenchmark {
    private static final int WARMUP = 2;
    private static final int RUNS = 7;

    /** What a preview says, whichever import made it. */
    private record Outcome(boolean refused, List<CsvProblem> problems) {}

    private interface Preview {
        Outcome of(byte[] bytes, Workshop workshop);
    }

    private record Case(String name, byte[] bytes, Workshop workshop, Preview preview) {}

    private ImportPreviewBenchmark() {}

    public static void main(String[] args) {
        Workshop small = LargestCsvFiles.workshop();
        Workshop large = LargestCsvFiles.ipaWorkshop();
        TouchpointCsv touchpoints = new TouchpointCsv();
        RatingCsv ratings = new RatingCsv();
        KanoCsv kano = new KanoCsv();
        ServqualCsv servqual = new ServqualCsv();
        IpaCsv ipa = new IpaCsv();
        MeasurementCsv measurements = new MeasurementCsv();
        List<Case> cases = List.of(
                new Case("touchpoints", LargestCsvFiles.touchpoints(), small, (b, w) -> {
                    var p = touchpoints.preview(b, w);
                    return outcome(p.refused(), p.problems());
                }),
                new Case("touchpoints, broken", LargestCsvFiles.brokenTouchpoints(), small, (b, w) -> {
                    var p = touchpoints.preview(b, w);
                    return outcome(p.refused(), p.problems());
                }),
                new Case("ratings", LargestCsvFiles.ratings(), small, (b, w) -> {
                    var p = ratings.preview(b, w);
                    return outcome(p.refused(), p.problems());
                }),
                new Case("ratings, broken", LargestCsvFiles.brokenRatings(), small, (b, w) -> {
                    var p = ratings.preview(b, w);
                    return outcome(p.refused(), p.problems());
                }),
                new Case("KANO", LargestCsvFiles.kano(), small, (b, w) -> {
                    var p = kano.preview(b, w);
                    return outcome(p.refused(), p.problems());
                }),
                new Case("KANO, broken", LargestCsvFiles.brokenKano(), small, (b, w) -> {
                    var p = kano.preview(b, w);
                    return outcome(p.refused(), p.problems());
                }),
                new Case("SERVQUAL", LargestCsvFiles.servqual(LargestCsvFiles.ROWS), small, (b, w) -> {
                    var p = servqual.preview(b, w);
                    return outcome(p.refused(), p.problems());
                }),
                new Case("SERVQUAL, broken", LargestCsvFiles.brokenServqual(), small, (b, w) -> {
                    var p = servqual.preview(b, w);
                    return outcome(p.refused(), p.problems());
                }),
                new Case("IPA", LargestCsvFiles.ipa(), large, (b, w) -> {
                    var p = ipa.preview(b, w);
                    return outcome(p.refused(), p.problems());
                }),
                new Case("IPA, broken", LargestCsvFiles.brokenIpa(), large, (b, w) -> {
                    var p = ipa.preview(b, w);
                    return outcome(p.refused(), p.problems());
                }),
                new Case("measurements", LargestCsvFiles.measurements(), small, (b, w) -> {
                    var p = measurements.preview(b, w);
                    return outcome(p.refused(), p.problems());
                }),
                new Case("measurements, broken", LargestCsvFiles.brokenMeasurements(), small, (b, w) -> {
                    var p = measurements.preview(b, w);
                    return outcome(p.refused(), p.problems());
                }));
        System.out.printf(Locale.ROOT, "%-22s %5s %17s %17s %11s  %s%n", "file (20,000 rows)", "MB", "preview ms",
                "floor ms", "ratio", "outcome");
        System.out.printf(Locale.ROOT, "%-22s %5s %17s %17s %11s%n", "", "", "wall / CPU", "wall / CPU", "wall / CPU");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Case c : cases) {
            for (int i = 0; i < WARMUP; i++) {
                c.preview().of(c.bytes(), c.workshop());
                CsvTable.read(c.bytes());
            }
            double[][] times = new double[4][RUNS]; // preview wall, preview CPU, floor wall, floor CPU
            Outcome outcome = null;
            for (int i = 0; i < RUNS; i++) {
                long wall = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                outcome = c.preview().of(c.bytes(), c.workshop());
                times[0][i] = (System.nanoTime() - wall) / 1e6;
                times[1][i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                wall = System.nanoTime();
                cpu = threads.getCurrentThreadCpuTime();
                CsvTable.read(c.bytes());
                times[2][i] = (System.nanoTime() - wall) / 1e6;
                times[3][i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
            double[] m = Arrays.stream(times).mapToDouble(ImportPreviewBenchmark::median).toArray();
            System.out.printf(Locale.ROOT, "%-22s %5.1f %8.0f / %6.0f %8.0f / %6.0f %5.1f / %4.1f  %s%n", c.name(),
                    c.bytes().length / 1048576.0, m[0], m[1], m[2], m[3], m[0] / m[2], m[1] / m[3], describe(outcome));
        }
        System.out.println("CPU: this thread only (the stages of a size check print on other threads; GC not counted).");
    }

    private static Outcome outcome(boolean refused, List<CsvProblem> problems) {
        return new Outcome(refused, problems);
    }

    private static String describe(Outcome outcome) {
        List<CsvProblem> problems = outcome.problems();
        String last = problems.isEmpty() ? "" : problems.getLast().key().equals("importing.file.moreProblems")
                ? ", +" + problems.getLast().args().getFirst() + " counted" : "";
        String first = problems.isEmpty() ? "" : " (first: " + problems.getFirst().key() + ")";
        return (outcome.refused() ? "refused" : "accepted") + ", " + problems.size() + " lines" + last + first;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
