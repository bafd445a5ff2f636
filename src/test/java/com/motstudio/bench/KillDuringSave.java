package com.motstudio.bench;

import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.SaveLoop;
import com.motstudio.store.WorkshopStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The kill-during-save harness: a child process saves a large workshop in a loop ({@link SaveLoop})
 * and is killed ({@code destroyForcibly}: SIGKILL on Linux and macOS, TerminateProcess on Windows)
 * at a random moment, N times. After each kill the workshop and its .bak are opened and the next
 * save is made; the counts of what went wrong are printed. Run it with
 * {@code KILLS=1000 ./mvnw -B -Pbenchmark -Dbench=KillDuringSave test-compile exec:exec}
 * (optional: {@code KILL_STAGES=10 KILL_TOUCHPOINTS=1000}, the size of the workshop, about 10 MB).
 */
public final class KillDuringSave {
    /** What N kills left: each count should be 0; {@code rounds} is how many saves the children finished. */
    public record Tally(int kills, int lost, int corrupt, int mixed, int missingBackup, int corruptBackup,
                        int childFailures, int tempsAfterKill, int mostTempsAfterOneKill, int tempsAfterNextSave, long rounds) {
        public boolean clean() {
            return lost + corrupt + mixed + missingBackup + corruptBackup + childFailures + tempsAfterNextSave == 0;
        }

        @Override
        public String toString() {
            return String.format("%d kills: %d corrupt, %d lost, %d mixed, %d missing .bak, %d corrupt .bak, "
                            + "%d temp files left after the next save (%d left by the kills in all, at most %d by one kill), "
                            + "%d children that failed by themselves; the children finished %d saves",
                    kills, corrupt, lost, mixed, missingBackup, corruptBackup, tempsAfterNextSave, tempsAfterKill,
                    mostTempsAfterOneKill, childFailures, rounds);
        }
    }

    private KillDuringSave() {}

    public static void main(String[] args) throws Exception {
        int kills = Integer.parseInt(System.getenv().getOrDefault("KILLS", "100"));
        int stages = Integer.parseInt(System.getenv().getOrDefault("KILL_STAGES", "10"));
        int perStage = Integer.parseInt(System.getenv().getOrDefault("KILL_TOUCHPOINTS", "1000"));
        Path folder = Files.createTempDirectory("mot-kill");
        Tally tally;
        try {
            tally = run(folder, kills, stages, perStage, sofar -> {
                if (sofar.kills() % 50 == 0) {
                    System.out.println("  so far " + sofar);
                }
            });
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.println(tally);
        System.exit(tally.clean() ? 0 : 1);
    }

    /** Kills a saving child {@code kills} times over a workshop in {@code folder} and counts what that left. */
    public static Tally run(Path folder, int kills, int stages, int perStage, java.util.function.Consumer<Tally> progress) throws Exception {
        Path file = folder.resolve("hall.mot.json");
        Path backup = file.resolveSibling(file.getFileName() + ".bak");
        WorkshopStore store = new WorkshopStore();
        Workshop large = LargeWorkshop.of(stages, perStage, 7);
        store.save(SaveLoop.round(large, 0), file, null);
        store.save(SaveLoop.round(large, 0), file, null); // from here on there is a .bak
        int lost = 0;
        int corrupt = 0;
        int mixed = 0;
        int missingBackup = 0;
        int corruptBackup = 0;
        int childFailures = 0;
        int tempsAfterKill = 0;
        int mostTemps = 0;
        int tempsAfterNextSave = 0;
        long rounds = 0;
        for (int kill = 1; kill <= kills; kill++) {
            if (!killWhileSaving(file, stages, perStage)) {
                childFailures++;
            }
            int left = temps(file);
            tempsAfterKill += left;
            mostTemps = Math.max(mostTemps, left);
            if (!Files.exists(backup)) {
                missingBackup++;
            } else if (!(store.open(backup) instanceof LoadResult.Loaded)) {
                corruptBackup++;
            }
            if (!Files.exists(file)) {
                lost++;
                continue;
            }
            if (!(store.open(file) instanceof LoadResult.Loaded loaded)) {
                corrupt++;
                continue;
            }
            String[] marks = SaveLoop.marks(loaded.workshop());
            if (!marks[0].equals(marks[1])) {
                mixed++;
            }
            rounds += Long.parseLong(marks[0].substring("round ".length()));
            store.save(loaded.workshop(), file, loaded.baseline()); // the next save
            tempsAfterNextSave += temps(file);
            progress.accept(new Tally(kill, lost, corrupt, mixed, missingBackup, corruptBackup, childFailures, tempsAfterKill,
                    mostTemps, tempsAfterNextSave, rounds));
        }
        return new Tally(kills, lost, corrupt, mixed, missingBackup, corruptBackup, childFailures, tempsAfterKill, mostTemps,
                tempsAfterNextSave, rounds);
    }

    /** Starts a child saving in a loop and kills it at a random moment; false when it ended by itself. */
    private static boolean killWhileSaving(Path file, int stages, int perStage) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process saver = new ProcessBuilder(java, "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(),
                file.toString(), String.valueOf(stages), String.valueOf(perStage)).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
            if (!"saving".equals(out.readLine())) {
                saver.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                return false;
            }
            Thread.sleep(ThreadLocalRandom.current().nextInt(0, 1200));
            boolean alive = saver.isAlive();
            saver.destroyForcibly();
            return saver.waitFor(30, TimeUnit.SECONDS) && alive;
        }
    }

    private static int temps(Path file) throws IOException {
        String prefix = "." + file.getFileName() + ".tmp-";
        try (Stream<Path> files = Files.list(file.getParent())) {
            return (int) files.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
        }
    }
}
