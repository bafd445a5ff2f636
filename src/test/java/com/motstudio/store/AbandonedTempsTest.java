package com.motstudio.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Temporary files a killed save left beside a workshop go at the next open or save of it, whatever
 * their age; a temporary file a running process may still be writing stays.
 */
class AbandonedTempsTest {
    @TempDir
    Path folder;

    private static long endedProcess() throws Exception {
        Process finished = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version").start();
        finished.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        finished.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        finished.waitFor();
        return finished.pid();
    }

    private Path temp(String workshop, String suffix) throws Exception {
        return Files.writeString(folder.resolve("." + workshop + ".tmp-" + suffix), "{\"format\": ");
    }

    private long tempsBeside(String workshop) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("." + workshop + ".tmp-")).count();
        }
    }

    @Test
    void aTempOfAKilledSaveGoesAtTheNextSaveEvenWhenJustWritten() throws Exception {
        Path file = folder.resolve("大厅[2026].mot.json");
        Path killed = temp("大厅[2026].mot.json", endedProcess() + "-0badf00d");
        Path killedBackup = temp("大厅[2026].mot.json", endedProcess() + "-12345678");
        Path running = temp("大厅[2026].mot.json", ProcessHandle.current().parent().orElseThrow().pid() + "-0badf00d");
        Path ours = temp("大厅[2026].mot.json", ProcessHandle.current().pid() + "-0badf00d");
        Path otherWorkshop = temp("other.mot.json", endedProcess() + "-0badf00d");

        new WorkshopStore().save(RichWorkshop.create(), file, null);

        assertThat(killed).doesNotExist();
        assertThat(killedBackup).doesNotExist();
        assertThat(running).as("a live process may be saving this file right now").exists();
        assertThat(ours).as("another thread of this process may be saving it").exists();
        assertThat(otherWorkshop).as("only the saved workshop's are looked at").exists();
        assertThat(file).exists();
    }

    @Test
    void aTempOfAKilledSaveGoesWhenTheFileIsOpened() throws Exception {
        Path file = folder.resolve("hall.mot.json");
        new WorkshopStore().save(RichWorkshop.create(), file, null);
        temp("hall.mot.json", endedProcess() + "-0badf00d");
        assertThat(tempsBeside("hall.mot.json")).isEqualTo(1);

        assertThat(new WorkshopStore().open(file)).isInstanceOf(LoadResult.Loaded.class);

        assertThat(tempsBeside("hall.mot.json")).isZero();
    }

    @Test
    void anOlderVersionsTempWithoutProcessIdGoesOnlyOnceItIsOld() throws Exception {
        Path file = folder.resolve("hall.mot.json");
        Path old = temp("hall.mot.json", "0badf00d");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(AbandonedTemps.UNNAMED_AFTER).minusSeconds(60)));
        Path recent = temp("hall.mot.json", "12345678");

        new WorkshopStore().save(RichWorkshop.create(), file, null);

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
    }
}
