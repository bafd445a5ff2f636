package com.motstudio.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A save tidies temporary files that an interrupted save left behind, but never a fresh one. */
class AbandonedTempsTest {
    @TempDir
    Path folder;

    @Test
    void oldTempFilesOfTheSameWorkshopGoAndRecentOrOtherOnesStay() throws Exception {
        Path file = folder.resolve("大厅[2026].mot.json");
        Path abandoned = Files.writeString(folder.resolve(".大厅[2026].mot.json.tmp-0badf00d"), "{\"format\": ");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(SafeWriter.ABANDONED_AFTER).minusSeconds(60)));
        Path recent = Files.writeString(folder.resolve(".大厅[2026].mot.json.tmp-12345678"), "{");
        Path otherWorkshop = Files.writeString(folder.resolve(".other.mot.json.tmp-0badf00d"), "{");
        Files.setLastModifiedTime(otherWorkshop, FileTime.from(Instant.now().minusSeconds(7200)));

        new WorkshopStore().save(RichWorkshop.create(), file, null);

        assertThat(abandoned).doesNotExist();
        assertThat(recent).exists();
        assertThat(otherWorkshop).exists();
        assertThat(file).exists();
    }
}
