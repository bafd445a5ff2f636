package com.motstudio.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.motstudio.room.Activity;
import com.motstudio.room.AnswerCell;
import com.motstudio.room.RoomSnapshot;
import com.motstudio.room.RoomSnapshotFile;
import com.motstudio.room.RoomWorkshop;
import com.motstudio.room.Submission;
import com.motstudio.store.WorkshopStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app is killed (SIGKILL) in the middle of a room round, for real: a child JVM runs the app
 * ({@link RoomKillApp}) with a saved workshop open and a room session started from its window; phones
 * (HTTP clients here) join and answer, and at a random moment among their answers the process is
 * killed. The room file it leaves must be whole and hold every answer whose reply had arrived; the
 * next start of the app (its recovery path, then the room's Start with the earlier answers) must hold
 * them all again, and goes on with new phones until the next kill. Five kills here;
 * {@code -Dmot.roomKills=100} runs more, and the figures are printed.
 */
class RoomKillTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PHONES = 12;
    private static final int SENDS = 3;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Random random = new Random(Long.getLong("mot.roomKillSeed", System.nanoTime()));
    /** Per phone token: what the room must hold for it after a kill. */
    private final Map<String, Expected> expected = new ConcurrentHashMap<>();
    /** Every app started, killed at the end even when an assertion fails half-way. */
    private static final List<Process> STARTED = new java.util.concurrent.CopyOnWriteArrayList<>();
    @TempDir
    Path home;

    @org.junit.jupiter.api.AfterEach
    void killWhatIsLeft() throws InterruptedException {
        for (Process p : STARTED) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        STARTED.clear();
    }

    /** An answer whose reply arrived ({@code acked}) and one sent after it whose reply had not ({@code sent}). */
    private record Expected(List<AnswerCell> acked, List<AnswerCell> sent) {}

    @Test
    void aKillMidRoundLosesNoAnswerWhoseReplyArrived() throws Exception {
        int kills = Integer.getInteger("mot.roomKills", 5);
        Path workshop = home.resolve("room.mot.json");
        new WorkshopStore().save(RoomWorkshop.thirtyTouchpoints(), workshop, null);
        int acked = 0;
        int inFlight = 0;
        Child child = Child.start(home, workshop);
        for (int k = 0; k < kills; k++) {
            if (k > 0) {
                assertThat(child.restoring).as("start %d offers the earlier answers", k).isTrue();
            }
            assertHolds(child.roomFile, "the room after start " + k);
            int[] round = round(child);
            acked += round[0];
            inFlight += round[1];
            assertHolds(child.roomFile, "the file the killed app left, kill " + (k + 1));
            child = Child.start(home, workshop);
        }
        assertThat(child.restoring).isTrue();
        RoomSnapshot last = assertHolds(child.roomFile, "the room after the last recovery");
        child.process.destroyForcibly().waitFor();
        assertThat(last.submissions()).hasSizeGreaterThanOrEqualTo(expected.values().stream().filter(e -> e.acked != null).toList().size());
        long temps;
        try (var files = Files.list(child.roomFile.getParent())) {
            temps = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
        }
        assertThat(temps).as("half-written room files left by the kills, once the app has started again").isZero();
        System.out.printf("room kills: %d kills, %d answers whose reply arrived (all recovered), %d sent and unanswered at a kill%n",
                kills, acked, inFlight);
    }

    /** Phones join and answer; the app is killed once a random number of replies has arrived. Returns {acked, in flight}. */
    private int[] round(Child child) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int p = 0; p < PHONES; p++) {
            JsonNode joined = post(child.address, "/api/join", JSON.writeValueAsString(
                    Map.of("pin", child.pin, "name", "Phone " + expected.size(), "group", "")), null);
            String token = joined.get("token").asText();
            tokens.add(token);
            expected.put(token, new Expected(null, null));
        }
        RoomSnapshot now = new RoomSnapshotFile(child.roomFile).read();
        Activity activity = now.activities().stream().filter(a -> a.id().equals(now.openActivityId())).findFirst().orElseThrow();
        assertThat(get(child.address, "/api/me", tokens.getFirst()).path("activity").path("id").asText()).isEqualTo(activity.id());
        int target = 1 + random.nextInt(PHONES * SENDS - 1);
        AtomicInteger acks = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
        CountDownLatch reached = new CountDownLatch(1);
        ExecutorService phones = Executors.newFixedThreadPool(4);
        for (String token : tokens) {
            phones.submit(() -> {
                for (int s = 0; s < SENDS; s++) {
                    List<AnswerCell> cells = activity.items().stream()
                            .map(i -> new AnswerCell(i.id(), activity.kind().parts().getFirst(), random.nextInt(11) - 5)).toList();
                    expected.compute(token, (t, e) -> new Expected(e.acked, cells));
                    boolean beforeKill = !killed.get();
                    try {
                        post(child.address, "/api/answer", JSON.writeValueAsString(
                                Map.of("activityId", activity.id(), "answers", cells, "done", s == SENDS - 1)), token);
                    } catch (IOException | InterruptedException e) {
                        if (beforeKill) {
                            lost.incrementAndGet();
                        }
                        return; // the app is gone: this answer may or may not have been kept
                    }
                    expected.put(token, new Expected(cells, null));
                    if (acks.incrementAndGet() == target) {
                        reached.countDown();
                    }
                }
            });
        }
        assertThat(reached.await(60, TimeUnit.SECONDS)).as("%d replies arrived in time", target).isTrue();
        killed.set(true);
        child.process.destroyForcibly();
        assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        phones.shutdown();
        assertThat(phones.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return new int[] {acks.get(), lost.get()};
    }

    /**
     * The room file reads whole and holds, for every phone, the answer whose reply arrived last, or the
     * one sent after it; what it holds becomes what every later file must hold.
     */
    private RoomSnapshot assertHolds(Path roomFile, String what) throws IOException {
        assertThat(roomFile).as(what).isRegularFile();
        RoomSnapshot snapshot = new RoomSnapshotFile(roomFile).read(); // throws on a half-written file
        Map<String, String> ids = new LinkedHashMap<>();
        snapshot.participants().forEach(p -> ids.put(p.token(), p.id()));
        for (Map.Entry<String, Expected> e : expected.entrySet()) {
            assertThat(ids).as("%s: a phone whose join was answered", what).containsKey(e.getKey());
            List<AnswerCell> held = snapshot.submissions().stream().filter(s -> s.participantId().equals(ids.get(e.getKey())))
                    .findFirst().map(Submission::cells).orElse(null);
            Expected want = e.getValue();
            if (want.acked != null || want.sent == null) {
                assertThat(held).as("%s: the answer of %s", what, e.getKey()).isIn(want.acked, want.sent);
            } else {
                assertThat(held).as("%s: the answer of %s in flight", what, e.getKey()).isIn(null, want.sent);
            }
            e.setValue(new Expected(held, null));
        }
        return snapshot;
    }

    private JsonNode post(String base, String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        return send(token == null ? request : request.header("X-Room-Token", token));
    }

    private JsonNode get(String base, String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).header("X-Room-Token", token).GET());
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> reply = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(request.build().uri() + " refused with " + reply.statusCode() + ": " + reply.body());
        }
        return JSON.readTree(reply.body());
    }

    /** A running app: its process, the room's address and PIN, its room file, and whether it offered earlier answers. */
    private record Child(Process process, String address, String pin, Path roomFile, boolean restoring) {
        static Child start(Path home, Path workshop) throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dglass.platform=Headless", "-Dprism.order=sw", "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true",
                    "-Duser.language=en", "-Dmot.home=" + home, "-cp", System.getProperty("java.class.path"),
                    RoomKillApp.class.getName(), workshop.toString())
                    .redirectError(ProcessBuilder.Redirect.appendTo(home.resolve("children.err").toFile())).start();
            STARTED.add(process);
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the process was killed
                }
            });
            String line = lines.poll(90, TimeUnit.SECONDS);
            if (line == null || !line.startsWith("ROOM ")) {
                process.destroyForcibly();
                throw new AssertionError("the app did not start its room: " + line + "\n" + Files.readString(home.resolve("children.err")));
            }
            String[] parts = line.split(" ", 5);
            return new Child(process, parts[1], parts[2], Path.of(parts[4]), parts[3].equals("restoring"));
        }
    }
}
