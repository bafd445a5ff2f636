package com.motstudio.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.SavedFile;
import com.motstudio.store.WorkshopStore;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Opens and saves a 10 stages × 1,000 touchpoints workshop and prints each time beside its floor,
 * measured in the same run: a save after a one-touchpoint edit (how the app saves) and the first
 * save of the workshop (nothing printed before): {@code ./mvnw -Pbenchmark test-compile exec:java}.
 */
public final class OpenSaveBenchmark {
    private static final int WARMUP = 3;
    private static final int RUNS = 21;
    /** Time between opening and the first save: far less than any user takes, enough to print ahead. */
    private static final long PAUSE_MS = 150;
    private static final List<Double> AFTER_OPEN_SAVES = new ArrayList<>();

    private OpenSaveBenchmark() {}

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("mot-bench");
        try {
            run(folder);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path folder) throws Exception {
        WorkshopStore store = new WorkshopStore();
        Workshop workshop = LargeWorkshop.of(10, 1_000, 42);
        Path file = folder.resolve("large.mot.json");
        store.save(workshop, file, null);
        byte[] bytes = Files.readAllBytes(file);
        ObjectMapper plain = new ObjectMapper();
        Path floorFile = folder.resolve("floor.json");
        Path firstFile = folder.resolve("first.mot.json");
        // Each save in the app follows an edit: rename one touchpoint (a different stage each round),
        // then save over the previous save, as the open document does.
        Editing editing = new Editing(workshop, store.save(workshop, file, null));

        // Interleaved rounds, so that warm-up, GC and page-cache effects fall on all steps alike.
        Step[] steps = {
            () -> loaded(store.open(file)),
            () -> plain.readTree(Files.readAllBytes(file)),
            () -> editing.editAndSave(store, file),
            () -> Files.write(floorFile, bytes),
            () -> writeAndForce(floorFile, bytes),
            () -> store.save(workshop, firstFile, null),
            () -> openPrepareAndSave(store, file, firstFile),
        };
        double[] median = medians(steps);
        double open = median[0];
        double openFloor = median[1];
        double save = median[2];
        double writeFloor = median[3];
        double fsync = Math.max(0, median[4] - writeFloor);
        double firstSave = median[5];
        double afterOpen = median(AFTER_OPEN_SAVES); // only the save is timed; the open is timed above
        long heap = heapOf(() -> loaded(store.open(file)));
        long kept = heapOf(() -> store.save(workshop, firstFile, null));

        System.out.printf("MOT Studio open/save benchmark: %d touchpoints, file %.1f MB, JDK %s, %d rounds (medians)%n",
                workshop.journey().touchpoints().size(), bytes.length / 1e6, Runtime.version(), RUNS);
        System.out.printf("  open  %8.1f ms   floor: readAllBytes + Jackson readTree   %8.1f ms   ratio %.2f (target <= 2)%n",
                open, openFloor, open / openFloor);
        System.out.printf("  save after an edit %8.1f ms   floor: Files.write of the same bytes %8.1f ms%n", save, writeFloor);
        System.out.printf("        fsync of those bytes (reported apart) %8.1f ms   save without it %8.1f ms   ratio %.2f (target <= 2)%n",
                fsync, save - fsync, (save - fsync) / writeFloor);
        System.out.printf("  first save of the workshop (every stage printed) %8.1f ms   without fsync %8.1f ms   ratio %.2f%n",
                firstSave, firstSave - fsync, (firstSave - fsync) / writeFloor);
        System.out.printf("  first save after opening (stages printed in the background after open, as the app does) %8.1f ms   without fsync %8.1f ms   ratio %.2f%n",
                afterOpen, afterOpen - fsync, (afterOpen - fsync) / writeFloor);
        System.out.printf("  heap held by one opened workshop: %.1f MB; by a save's baseline (the stages' text kept for the next save): %.1f MB%n",
                heap / 1e6, kept / 1e6);
    }

    /** The open document of the benchmark: its workshop and the baseline of its last save. */
    private static final class Editing {
        private Workshop workshop;
        private SavedFile baseline;
        private int edits;

        Editing(Workshop workshop, SavedFile baseline) {
            this.workshop = workshop;
            this.baseline = baseline;
        }

        void editAndSave(WorkshopStore store, Path file) throws Exception {
            List<Stage> stages = new ArrayList<>(workshop.journey().stages());
            int at = edits++ % stages.size();
            List<Touchpoint> touchpoints = new ArrayList<>(stages.get(at).touchpoints());
            Touchpoint tp = touchpoints.get(edits % touchpoints.size());
            touchpoints.set(edits % touchpoints.size(), new Touchpoint(tp.id(), tp.name() + "·", tp.description(), tp.channel(),
                    tp.phase(), tp.category(), tp.roles(), tp.ownerDepartment(), tp.customerAction(), tp.emotions(),
                    tp.painPoints(), tp.opportunities(), tp.evidence()));
            stages.set(at, stages.get(at).withTouchpoints(touchpoints));
            workshop = workshop.withJourney(new Journey(stages));
            baseline = store.save(workshop, file, baseline);
        }
    }

    /** Opens the file as the app does, prepares the save, waits a moment as a user would, and saves. */
    private static void openPrepareAndSave(WorkshopStore store, Path file, Path target) throws Exception {
        LoadResult.Loaded opened = (LoadResult.Loaded) store.open(file);
        SavedFile baseline = store.prepareSave(opened.workshop(), opened.baseline());
        Thread.sleep(PAUSE_MS);
        long start = System.nanoTime();
        store.save(opened.workshop(), target, baseline);
        AFTER_OPEN_SAVES.add((System.nanoTime() - start) / 1e6);
    }

    private static double median(List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double[] medians(Step[] steps) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            for (Step step : steps) {
                step.run();
            }
        }
        double[][] times = new double[steps.length][RUNS];
        for (int round = 0; round < RUNS; round++) {
            for (int s = 0; s < steps.length; s++) {
                long start = System.nanoTime();
                steps[s].run();
                times[s][round] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[] medians = new double[steps.length];
        for (int s = 0; s < steps.length; s++) {
            Arrays.sort(times[s]);
            medians[s] = times[s][RUNS / 2];
        }
        return medians;
    }

    private static Workshop loaded(LoadResult result) {
        if (result instanceof LoadResult.Loaded loaded) {
            return loaded.workshop();
        }
        throw new IllegalStateException("benchmark file refused: " + result);
    }

    private static void writeAndForce(Path target, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static long heapOf(java.util.concurrent.Callable<Object> load) throws Exception {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        Object kept = load.call();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        java.lang.ref.Reference.reachabilityFence(kept);
        return after - before;
    }
}
