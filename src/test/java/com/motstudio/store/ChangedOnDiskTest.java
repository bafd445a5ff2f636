package com.motstudio.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

/** A save asks first when someone else changed the file since it was opened or saved. */
class ChangedOnDiskTest {
    @TempDir
    Path folder;

    private final WorkshopStore store = new WorkshopStore();
    private Path file;
    private SavedFile baseline;

    @BeforeEach
    void savedFile() throws Exception {
        file = folder.resolve("shared.mot.json");
        baseline = store.save(RichWorkshop.create(), file, null);
    }

    @Test
    void anUntouchedFileHasNotChanged() {
        assertThat(store.changedOnDisk(baseline)).isFalse();
        assertThat(baseline.path()).isEqualTo(file);
    }

    @Test
    void touchingOrRewritingTheSameBytesIsNoChange() throws Exception {
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        assertThat(store.changedOnDisk(baseline)).isFalse();
        Files.write(file, Files.readAllBytes(file));
        assertThat(store.changedOnDisk(baseline)).isFalse();
    }

    @Test
    void anEditIsAChangeEvenWithTheSameSizeAndTime() throws Exception {
        FileTime time = Files.getLastModifiedTime(file);
        String edited = Files.readString(file).replace("第一组", "第二组");
        Files.writeString(file, edited);
        assertThat(store.changedOnDisk(baseline)).as("new content, new time").isTrue();
        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 2000));
        assertThat(edited.getBytes(StandardCharsets.UTF_8)).hasSize((int) Files.size(file));
        assertThat(store.changedOnDisk(baseline)).as("same size, only the hash tells").isTrue();
    }

    @Test
    void aLongerOrShorterFileIsAChange() throws Exception {
        Files.writeString(file, Files.readString(file) + "\n");
        assertThat(store.changedOnDisk(baseline)).isTrue();
    }

    @Test
    void aDeletedOrReplacedFileIsAChange() throws Exception {
        Files.delete(file);
        assertThat(store.changedOnDisk(baseline)).isTrue();
        Files.createDirectory(file);
        assertThat(store.changedOnDisk(baseline)).isTrue();
    }

    @Test
    void theBaselineOfAnOpenedFileAndOfTheNextSaveMatchTheDisk() throws Exception {
        LoadResult.Loaded loaded = (LoadResult.Loaded) store.open(file);
        assertThat(store.changedOnDisk(loaded.baseline())).isFalse();
        Files.writeString(file, Files.readString(file).replace("第一组", "第九组"));
        assertThat(store.changedOnDisk(loaded.baseline())).isTrue();
        SavedFile next = store.save(loaded.workshop(), file, loaded.baseline());
        assertThat(store.changedOnDisk(next)).isFalse();
    }
}
