package com.motstudio.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files a save writes beside its target, and the removal of those a killed or crashed
 * save left behind. Each name carries the id of the process that writes it
 * ({@code .name.mot.json.tmp-<pid>-<random>}), so the next open or save of the same file removes
 * every temporary file whose process is no longer running, and never one a running save is writing.
 */
final class AbandonedTemps {
    /** Names written before process ids were part of them are removed once this old. */
    static final Duration UNNAMED_AFTER = Duration.ofHours(1);
    private static final Pattern WITH_PID = Pattern.compile("(\\d{1,18})-[0-9a-f]{8}");
    private static final long OWN_PID = ProcessHandle.current().pid();

    private AbandonedTemps() {}

    /** A fresh temporary name beside {@code target}, for this process. */
    static Path next(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp-" + OWN_PID + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
    }

    /**
     * Removes the temporary files beside {@code target} that no running save is writing: those of a
     * process that has ended. This process's own are left to the save writing them (another thread
     * may be saving the same file). Tidying is a courtesy: a failure here never fails a save.
     */
    static void removeBeside(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        String prefix = "." + target.getFileName() + ".tmp-";
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, entry -> entry.getFileName().toString().startsWith(prefix))) {
            for (Path temp : temps) {
                if (abandoned(temp, temp.getFileName().toString().substring(prefix.length()))) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unlistable folder or a file removed meanwhile: nothing to tidy
        }
    }

    private static boolean abandoned(Path temp, String suffix) throws IOException {
        Matcher named = WITH_PID.matcher(suffix);
        if (named.matches()) {
            long pid = Long.parseLong(named.group(1));
            return pid != OWN_PID && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
        // an older version's name (no process id): only an old one is surely not being written
        return Files.getLastModifiedTime(temp).toInstant().isBefore(Instant.now().minus(UNNAMED_AFTER));
    }
}
