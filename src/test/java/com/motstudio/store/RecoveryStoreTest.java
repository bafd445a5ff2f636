package com.motstudio.store;

import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryStoreTest {
    @TempDir
    Path folder;

    private final WorkshopStore store = new WorkshopStore();

    /** Pretends a copy was left by a process that has ended: renames ours to a finished pid's. */
    private long leaveCopyOfDeadProcess(RecoveryStore recovery, Workshop w, Path original, Instant at) throws Exception {
        recovery.write(w, original, at);
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long pid = finished.pid();
        long own = ProcessHandle.current().pid();
        Files.move(folder.resolve("recovery-" + own + ".mot.json"), folder.resolve("recovery-" + pid + ".mot.json"));
        Files.move(folder.resolve("recovery-" + own + ".json"), folder.resolve("recovery-" + pid + ".json"));
        return pid;
    }

    @Test
    void aCopyLeftByACrashIsOfferedWithItsFileAndTimeAndRestores() throws Exception {
        RecoveryStore recovery = new RecoveryStore(folder, store);
        Instant at = Instant.parse("2026-03-14T09:30:00Z");
        Path original = folder.resolve("hall.mot.json");
        leaveCopyOfDeadProcess(recovery, RichWorkshop.create(), original, at);
        RecoveryStore.Recovery pending = recovery.pending().orElseThrow();
        assertThat(pending.savedAt()).isEqualTo(at);
        assertThat(pending.originalFile()).isEqualTo(original.toAbsolutePath());
        assertThat(((LoadResult.Loaded) recovery.restore(pending)).workshop()).isEqualTo(RichWorkshop.create());
        recovery.discard(pending);
        assertThat(recovery.pending()).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theNewestOfSeveralCopiesComesFirstAndANeverSavedWorkshopHasNoFile() throws Exception {
        RecoveryStore recovery = new RecoveryStore(folder, store);
        leaveCopyOfDeadProcess(recovery, RichWorkshop.create(), folder.resolve("a.mot.json"), Instant.parse("2026-03-01T08:00:00Z"));
        leaveCopyOfDeadProcess(recovery, Workshop.blank("en", "Customer"), null, Instant.parse("2026-03-02T08:00:00Z"));
        RecoveryStore.Recovery newest = recovery.pending().orElseThrow();
        assertThat(newest.savedAt()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(newest.originalFile()).isNull();
    }

    @Test
    void theRunningProcesssOwnCopyIsNotPendingAndClearOwnRemovesOnlyIt() throws Exception {
        RecoveryStore recovery = new RecoveryStore(folder, store);
        leaveCopyOfDeadProcess(recovery, RichWorkshop.create(), null, Instant.now());
        recovery.write(RichWorkshop.create(), null, Instant.now());
        assertThat(recovery.pending()).map(RecoveryStore.Recovery::copy).get().isNotEqualTo(recovery.ownCopy());
        recovery.clearOwn();
        assertThat(recovery.ownCopy()).doesNotExist();
        assertThat(recovery.pending()).isPresent();
    }

    @Test
    void aDamagedCopyIsRefusedWithProblemsNotAnException() throws Exception {
        RecoveryStore recovery = new RecoveryStore(folder, store);
        long pid = leaveCopyOfDeadProcess(recovery, RichWorkshop.create(), null, Instant.now());
        Path copy = folder.resolve("recovery-" + pid + ".mot.json");
        Files.writeString(copy, Files.readString(copy).substring(0, 300));
        assertThat(recovery.restore(recovery.pending().orElseThrow())).isInstanceOf(LoadResult.Refused.class);
    }

    @Test
    void noFolderMeansNothingPending() {
        assertThat(new RecoveryStore(folder.resolve("absent"), store).pending()).isEmpty();
    }

    @Test
    void aCopyKeepsTheFieldsThisVersionDoesNotKnowAndSoDoesTheSaveAfterRestoring() throws Exception {
        Path original = folder.resolve("extras.mot.json");
        String json = new String(store.toJson(RichWorkshop.create(), null), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"formatVersion\": 1,", "\"formatVersion\": 1,\n  \"generator\": \"later-tool\",");
        Files.writeString(original, json);
        LoadResult.Loaded loaded = (LoadResult.Loaded) store.open(original);
        RecoveryStore recovery = new RecoveryStore(folder.resolve("recovery"), store);
        recovery.write(loaded.workshop(), original, Instant.now(), loaded.baseline());
        assertThat(Files.readString(recovery.ownCopy())).contains("\"generator\": \"later-tool\"");
        LoadResult.Loaded restored = (LoadResult.Loaded) store.open(recovery.ownCopy());
        store.save(restored.workshop(), original, restored.baseline());
        assertThat(Files.readString(original)).contains("\"generator\": \"later-tool\"");
    }

    private static String mode(Path path) throws java.io.IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void theFolderAndItsCopiesAreForTheirOwnerOnlyEvenWhereAnOlderVersionLeftThemOpen() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(FileAccess.supportsPosix(folder), "a file system with POSIX modes");
        Path fresh = folder.resolve("state").resolve("recovery");
        RecoveryStore recovery = new RecoveryStore(fresh, store);
        recovery.write(RichWorkshop.create(), null, Instant.now());
        assertThat(mode(fresh)).isEqualTo("rwx------");
        try (var files = Files.list(fresh)) {
            assertThat(files.toList()).hasSize(2).allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
        }

        Path old = Files.createDirectory(folder.resolve("old"));
        Files.setPosixFilePermissions(old, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        RecoveryStore again = new RecoveryStore(old, store);
        Files.writeString(again.ownCopy(), "{}");
        Files.setPosixFilePermissions(again.ownCopy(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        again.write(RichWorkshop.create(), null, Instant.now());
        assertThat(mode(old)).isEqualTo("rwx------");
        assertThat(mode(again.ownCopy())).isEqualTo("rw-------");
    }

    @Test
    void theSettingsFileIsForItsOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(FileAccess.supportsPosix(folder), "a file system with POSIX modes");
        SettingsStore settings = new SettingsStore(folder.resolve("config"));
        Path file = folder.resolve("config").resolve("settings.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{}");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(settings.save(Settings.defaults("en").withRecent("/home/a/plan.mot.json"))).isNull();
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(settings.load("zh-CN").recentFiles()).containsExactly("/home/a/plan.mot.json");
        try (var files = Files.list(file.getParent())) {
            assertThat(files.toList()).containsExactly(file);
        }
    }

    @Test
    void answersLeftBesideAGoneProcessWithNoCopyMoveBesideOursAndALiveProcesssStay() throws Exception {
        RecoveryStore recovery = new RecoveryStore(folder, store);
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long live = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(folder.resolve("recovery-" + finished.pid() + ".mot.json.room.json"), "gone");
        Files.writeString(folder.resolve("recovery-" + live + ".mot.json.room.json"), "running");
        Files.writeString(folder.resolve("recovery-x.mot.json.room.json"), "not a process");
        Files.writeString(folder.resolve("recovery-" + finished.pid() + ".mot.json.room.json.tmp"), "half");
        Files.writeString(folder.resolve("recovery-" + live + ".mot.json.room.json.tmp"), "being written");

        assertThat(recovery.adoptLeftBeside(".room.json")).isTrue();

        assertThat(folder.resolve(recovery.ownCopy().getFileName() + ".room.json")).hasContent("gone");
        assertThat(folder.resolve("recovery-" + finished.pid() + ".mot.json.room.json")).doesNotExist();
        assertThat(folder.resolve("recovery-" + live + ".mot.json.room.json")).hasContent("running");
        assertThat(folder.resolve("recovery-" + finished.pid() + ".mot.json.room.json.tmp")).as("half-written").doesNotExist();
        assertThat(folder.resolve("recovery-" + live + ".mot.json.room.json.tmp")).hasContent("being written");
        assertThat(recovery.adoptLeftBeside(".room.json")).as("nothing more is left").isFalse();
        assertThat(recovery.pending()).as("answers alone are no workshop to recover").isEmpty();
    }
}
