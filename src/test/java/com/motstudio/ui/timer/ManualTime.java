package com.motstudio.ui.timer;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock and ticker that move only when a test says so: timer tests never wait real time. */
final class ManualTime implements InstantSource, Ticker {
    private Instant now = Instant.parse("2026-03-14T09:00:00Z");
    private Runnable tick;

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public void start(Runnable tick) {
        this.tick = tick;
    }

    @Override
    public void stop() {
        tick = null;
    }

    boolean ticking() {
        return tick != null;
    }

    /** Moves the clock on, then ticks once, as the real ticker would have. */
    void pass(Duration time) {
        now = now.plus(time);
        if (tick != null) {
            tick.run();
        }
    }

    void passSeconds(long seconds) {
        pass(Duration.ofSeconds(seconds));
    }
}
