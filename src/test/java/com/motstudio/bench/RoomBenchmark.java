package com.motstudio.bench;

import com.motstudio.room.RoomLimits;
import com.motstudio.room.RoomRound;
import com.motstudio.room.RoomSession;
import com.motstudio.room.RoomWorkshop;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * 100 simulated phones, joined over real HTTP on the loopback address, send a 30-touchpoint emotion
 * round at the same moment; prints p50 / p99 of the time from the first send until the facilitator's
 * tally counts all 100 as finished, and the heap one participant with a round of answers takes.
 * The phones run in the same JVM as the server, so the figures include their own work.
 * Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbench=RoomBenchmark}.
 */
public final class RoomBenchmark {
    private static final int PEOPLE = 100;
    private static final int ROUNDS = 100;
    private static final int WARM_UP = 5;
    private static final double TARGET_P99_MS = 1000;

    private RoomBenchmark() {}

    public static void main(String[] args) throws Exception {
        // all phones share one address here, so the per-address burst is raised for the joins
        RoomLimits limits = new RoomLimits(16 * 1024, 200, 5, 10, 10_000);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        try (RoomSession room = RoomSession.start(InetAddress.getLoopbackAddress(), 0, List.of(), limits);
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            RoomRound round = new RoomRound(room, http, RoomWorkshop.thirtyTouchpoints(), PEOPLE);
            long joined = usedAfterGc(memory);
            double[] ms = new double[ROUNDS];
            for (int r = -WARM_UP; r < ROUNDS; r++) {
                round.nextRound();
                long start = System.nanoTime();
                CompletableFuture<List<Integer>> sent = CompletableFuture.supplyAsync(() -> send(round, http));
                while (!round.allCounted()) {
                    Thread.sleep(1);
                }
                long counted = System.nanoTime();
                if (sent.join().stream().anyMatch(status -> status != 200)) {
                    throw new IllegalStateException("a phone's answers were refused");
                }
                if (r >= 0) {
                    ms[r] = (counted - start) / 1e6;
                }
            }
            long after = usedAfterGc(memory);
            Arrays.sort(ms);
            System.out.printf("room: %d phones, a 30-touchpoint emotion round each, %d rounds (after %d warm-up)%n",
                    PEOPLE, ROUNDS, WARM_UP);
            System.out.printf("time until the tally counts all %d: p50 %.0f ms, p99 %.0f ms, max %.0f ms (target p99 <= %.0f ms: %s)%n",
                    PEOPLE, ms[ROUNDS / 2], ms[(int) Math.ceil(ROUNDS * 0.99) - 1], ms[ROUNDS - 1], TARGET_P99_MS,
                    ms[(int) Math.ceil(ROUNDS * 0.99) - 1] <= TARGET_P99_MS ? "met" : "MISSED");
            System.out.printf("heap per participant: %.1f KB to join (with the simulated phone's own HTTP connection), "
                    + "%.1f KB per round of 30 answers kept%n", (joined - before) / 1024.0 / PEOPLE,
                    (after - joined) / 1024.0 / PEOPLE / (WARM_UP + ROUNDS));
            System.out.printf("snapshot: %d submissions%n", room.state().snapshot().submissions().size());
        }
    }

    private static List<Integer> send(RoomRound round, HttpClient http) {
        try {
            return round.sendAll(http);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
