package com.motstudio.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Opens and saves a 10 stages × 1,000 touchpoints workshop and prints each time beside its floor,
 * measured in the same run: {@code ./mvnw -Pbenchmark test-compile exec:java}.
 */
public final class OpenSaveBenchmark {
    private static final int WARMUP = 3;
    private static final int RUNS = 7;

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
        SavedFile baseline = store.save(workshop, file, null);
        byte[] bytes = Files.readAllBytes(file);
        ObjectMapper plain = new ObjectMapper();
        Path floorFile = folder.resolve("floor.json");

        double open = median(() -> loaded(store.open(file)));
        double openFloor = median(() -> plain.readTree(Files.readAllBytes(file)));
        double save = median(() -> store.save(workshop, file, baseline));
        double writeFloor = median(() -> Files.write(floorFile, bytes));
        double fsyncFloor = median(() -> writeAndForce(floorFile, bytes));
        long heap = heapOf(() -> loaded(store.open(file)));

        System.out.printf("MOT Studio open/save benchmark: %d touchpoints, file %.1f MB, JDK %s%n",
                workshop.journey().touchpoints().size(), bytes.length / 1e6, Runtime.version());
        System.out.printf("  open   %8.1f ms   floor (readAllBytes + Jackson readTree) %8.1f ms   ratio %.2f (target <= 2)%n",
                open, openFloor, open / openFloor);
        System.out.printf("  save   %8.1f ms   floor (Files.write, no fsync)           %8.1f ms   ratio %.2f (target <= 2)%n",
                save, writeFloor, save / writeFloor);
        System.out.printf("         fsync included in save; the floor with fsync (write + force) %8.1f ms   ratio %.2f%n",
                fsyncFloor, save / fsyncFloor);
        System.out.printf("  heap used by one opened workshop: %.1f MB%n", heap / 1e6);
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

    private static double median(Step step) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            step.run();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            step.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
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
