package com.motstudio.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real process saving in a loop is killed (SIGKILL) at random moments; every time, the workshop
 * file and its .bak still open as valid workshops.
 */
class KillDuringSaveTest {
    @TempDir
    Path folder;

    @Test
    void aKillAtAnyMomentLeavesAValidFileAndBackup() throws Exception {
        Path file = folder.resolve("hall.mot.json");
        WorkshopStore store = new WorkshopStore();
        store.save(RichWorkshop.create(), file, null);
        String java = ProcessHandle.current().info().command().orElse("java");
        for (int kill = 0; kill < 5; kill++) {
            Process saver = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), file.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("saving");
                Thread.sleep(ThreadLocalRandom.current().nextInt(150, 900));
                saver.destroyForcibly();
                assertThat(saver.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(store.open(file)).as("the workshop after kill %d", kill).isInstanceOf(LoadResult.Loaded.class);
            Path backup = file.resolveSibling(file.getFileName() + ".bak");
            if (Files.exists(backup)) {
                assertThat(store.open(backup)).as("the .bak after kill %d", kill).isInstanceOf(LoadResult.Loaded.class);
            }
        }
    }
}
