package com.motstudio.store;

import com.motstudio.model.Workshop;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Keeps a recovery copy of the open workshop while it has unsaved changes, written on its own
 * thread at most once per interval. The UI offers the current state on every change (a reference
 * write, no I/O); the copy is removed once the workshop is saved. A failed attempt, whatever was
 * thrown, is reported and tried again at the next tick: the timer never stops by itself.
 */
public final class Autosaver implements AutoCloseable {
    private record Offer(Workshop workshop, boolean dirty, Path file, SavedFile baseline) {}

    private final RecoveryStore recovery;
    private final Duration interval;
    private final Consumer<Instant> onSaved;
    private final Consumer<Throwable> onFailed;
    private final Clock clock;
    private final AtomicReference<Offer> latest = new AtomicReference<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "mot-autosave");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean enabled = true;
    private volatile Throwable lastError;
    private Workshop written;
    private boolean copyExists;

    /**
     * @param onSaved  told the time of each copy written (on the autosave thread)
     * @param onFailed told each failed attempt, whatever was thrown (on the autosave thread)
     */
    public Autosaver(RecoveryStore recovery, Duration interval, Consumer<Instant> onSaved, Consumer<Throwable> onFailed) {
        this(recovery, interval, onSaved, onFailed, Clock.systemDefaultZone());
    }

    Autosaver(RecoveryStore recovery, Duration interval, Consumer<Instant> onSaved, Consumer<Throwable> onFailed, Clock clock) {
        this.recovery = recovery;
        this.interval = interval;
        this.onSaved = onSaved;
        this.onFailed = onFailed;
        this.clock = clock;
    }

    public void start() {
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::runOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** The workshop as it is now; cheap, call it on every change. */
    public void offer(Workshop current, boolean dirty, Path file) {
        offer(current, dirty, file, null);
    }

    /** As above, with the document's baseline, so the copy keeps fields this version does not know. */
    public void offer(Workshop current, boolean dirty, Path file, SavedFile baseline) {
        latest.set(new Offer(current, dirty, file, baseline));
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The last autosave failure, if the most recent attempt failed; null otherwise. */
    public Throwable lastError() {
        return lastError;
    }

    /** One tick of the timer: write the copy if there is something new and unsaved. */
    synchronized void runOnce() {
        Offer offer = latest.get();
        if (offer == null) {
            return;
        }
        try {
            if (!offer.dirty() || !enabled) {
                if (copyExists) {
                    recovery.clearOwn();
                    copyExists = false;
                    written = null;
                }
            } else if (offer.workshop() != written) {
                Instant now = clock.instant();
                recovery.write(offer.workshop(), offer.file(), now, offer.baseline());
                written = offer.workshop();
                copyExists = true;
                onSaved.accept(now);
            }
            lastError = null;
        } catch (IOException | RuntimeException | Error e) {
            // anything escaping would cancel the scheduled task for the rest of the session
            lastError = e;
            report(e);
        }
    }

    private void report(Throwable failure) {
        try {
            onFailed.accept(failure);
        } catch (RuntimeException | Error e) {
            // a listener that fails must not stop the timer either; the failure stays in lastError
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
