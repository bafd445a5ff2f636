package com.motstudio.store;

import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class AutosaverTest {
    @TempDir
    Path folder;

    private final List<Instant> saves = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final Instant now = Instant.parse("2026-03-14T10:00:00Z");

    private RecoveryStore recovery() {
        return new RecoveryStore(folder, new WorkshopStore());
    }

    private Autosaver autosaver(RecoveryStore recovery) {
        return new Autosaver(recovery, Duration.ofSeconds(30), saves::add, failures::add, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void writesOnlyWhenDirtyAndChangedSinceTheLastCopy() throws Exception {
        RecoveryStore recovery = recovery();
        try (Autosaver autosaver = autosaver(recovery)) {
            Workshop w = RichWorkshop.create();
            autosaver.offer(w, false, null);
            autosaver.runOnce();
            assertThat(recovery.ownCopy()).doesNotExist();
            autosaver.offer(w, true, null);
            autosaver.runOnce();
            autosaver.runOnce();
            assertThat(saves).containsExactly(now);
            assertThat(recovery.ownCopy()).exists();
            Workshop edited = w.withInfo(w.info().withTitle("又改了"));
            autosaver.offer(edited, true, null);
            autosaver.runOnce();
            assertThat(saves).hasSize(2);
            assertThat(Files.readString(recovery.ownCopy())).contains("又改了");
        }
    }

    @Test
    void savingTheWorkshopRemovesTheCopy() throws Exception {
        RecoveryStore recovery = recovery();
        try (Autosaver autosaver = autosaver(recovery)) {
            Workshop w = RichWorkshop.create();
            autosaver.offer(w, true, null);
            autosaver.runOnce();
            autosaver.offer(w, false, folder.resolve("saved.mot.json"));
            autosaver.runOnce();
            assertThat(recovery.ownCopy()).doesNotExist();
        }
    }

    @Test
    void disabledMeansNoCopy() {
        RecoveryStore recovery = recovery();
        try (Autosaver autosaver = autosaver(recovery)) {
            autosaver.setEnabled(false);
            autosaver.offer(RichWorkshop.create(), true, null);
            autosaver.runOnce();
            assertThat(recovery.ownCopy()).doesNotExist();
            assertThat(saves).isEmpty();
        }
    }

    @Test
    void aFailureIsKeptNotThrown() throws Exception {
        Path blocked = Files.writeString(folder.resolve("a-file"), "not a folder");
        try (Autosaver autosaver = new Autosaver(new RecoveryStore(blocked, new WorkshopStore()), Duration.ofSeconds(30), saves::add, failures::add)) {
            autosaver.offer(RichWorkshop.create(), true, null);
            autosaver.runOnce();
            assertThat(autosaver.lastError()).isNotNull();
            assertThat(failures).containsExactly(autosaver.lastError());
        }
    }

    private RecoveryStore failingFirst(int failing, Supplier<Throwable> failure) {
        return new RecoveryStore(folder, FailingWrites.store(failing, failure));
    }

    @Test
    void aRuntimeExceptionIsReportedAndTheNextTickTriesAgain() {
        RecoveryStore recovery = failingFirst(1, () -> new IllegalStateException("the printer gave up"));
        try (Autosaver autosaver = autosaver(recovery)) {
            autosaver.offer(RichWorkshop.create(), true, null);
            autosaver.runOnce();
            assertThat(failures).singleElement().isInstanceOf(IllegalStateException.class);
            assertThat(autosaver.lastError()).hasMessage("the printer gave up");
            assertThat(recovery.ownCopy()).doesNotExist();
            assertThat(saves).isEmpty();

            autosaver.runOnce();
            assertThat(saves).containsExactly(now);
            assertThat(recovery.ownCopy()).exists();
            assertThat(autosaver.lastError()).isNull();
            assertThat(failures).hasSize(1);
        }
    }

    @Test
    void anErrorSuchAsOutOfMemoryIsReportedAndTheNextTickTriesAgain() {
        RecoveryStore recovery = failingFirst(1, () -> new OutOfMemoryError("Java heap space"));
        try (Autosaver autosaver = autosaver(recovery)) {
            autosaver.offer(RichWorkshop.create(), true, null);
            autosaver.runOnce();
            assertThat(failures).singleElement().isInstanceOf(OutOfMemoryError.class);
            autosaver.runOnce();
            assertThat(recovery.ownCopy()).exists();
        }
    }

    @Test
    void theTimerKeepsRunningAfterARuntimeException() throws Exception {
        RecoveryStore recovery = failingFirst(3, () -> new IllegalStateException("nesting deeper than the printer allows"));
        try (Autosaver autosaver = new Autosaver(recovery, Duration.ofMillis(20), saves::add, failures::add)) {
            autosaver.offer(RichWorkshop.create(), true, null);
            autosaver.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (saves.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(failures).hasSize(3);
            assertThat(saves).hasSize(1);
            assertThat(recovery.ownCopy()).exists();
        }
    }

    @Test
    void theTimerWritesByItself() throws Exception {
        RecoveryStore recovery = recovery();
        try (Autosaver autosaver = new Autosaver(recovery, Duration.ofMillis(50), saves::add, failures::add)) {
            autosaver.offer(RichWorkshop.create(), true, null);
            autosaver.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (saves.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(saves).hasSize(1);
            assertThat(recovery.ownCopy()).exists();
        }
    }
}
