package com.motstudio.ui.timer;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The workshop's activity countdown: start, pause, resume, one more minute, reset, and an event at
 * zero. Owned by the main stage, not by a page, so it keeps running while pages change and the
 * window is rebuilt for another language. Reads the time from an {@link InstantSource} whenever
 * the {@link Ticker} ticks: a late tick never makes the countdown slow.
 */
public final class ActivityTimer {
    /** Idle: nothing to show; finished: reached zero and waits for reset, +1 or a new start. */
    public enum State { IDLE, RUNNING, PAUSED, FINISHED }

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final InstantSource clock;
    private final Ticker ticker;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyObjectWrapper<TimedActivity> activity = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper secondsLeft = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<TimerPhase> phase = new ReadOnlyObjectWrapper<>(TimerPhase.CALM);
    private final List<Runnable> atZero = new ArrayList<>();
    /** While running: when it reaches zero. */
    private Instant endsAt;
    /** While paused or finished: what is left. */
    private Duration left = Duration.ZERO;

    public ActivityTimer(InstantSource clock, Ticker ticker) {
        this.clock = clock;
        this.ticker = ticker;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What is being timed; null while idle. */
    public ReadOnlyObjectProperty<TimedActivity> activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** The whole seconds left, rounded up: it shows 0 only when the time is really up. */
    public ReadOnlyLongProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimerPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** Runs once each time the countdown reaches zero (e.g. the chime). */
    public void onZero(Runnable action) {
        atZero.add(action);
    }

    /** Starts counting down the activity's full length, replacing whatever was timed before. */
    public void start(TimedActivity what) {
        activity.set(what);
        run(Duration.ofMinutes(what.minutes()));
    }

    public void pause() {
        if (state.get() == State.RUNNING) {
            left = untilEnd();
            ticker.stop();
            set(State.PAUSED, left);
        }
    }

    public void resume() {
        if (state.get() == State.PAUSED) {
            run(left);
        }
    }

    /** Pause when running, resume when paused. */
    public void toggle() {
        if (state.get() == State.RUNNING) {
            pause();
        } else {
            resume();
        }
    }

    /** One more minute; after zero it runs again for that minute (the group asked for it). */
    public void addMinute() {
        switch (state.get()) {
            case RUNNING -> {
                endsAt = endsAt.plus(MINUTE);
                show(untilEnd());
            }
            case PAUSED -> {
                left = left.plus(MINUTE);
                show(left);
            }
            case FINISHED -> run(MINUTE);
            case IDLE -> { }
        }
    }

    /** Back to the activity's full length, paused, ready to start again. */
    public void reset() {
        if (state.get() != State.IDLE) {
            ticker.stop();
            left = Duration.ofMinutes(activity.get().minutes());
            set(State.PAUSED, left);
        }
    }

    /** Puts the timer away: nothing is shown until the next start. */
    public void clear() {
        ticker.stop();
        activity.set(null);
        left = Duration.ZERO;
        set(State.IDLE, left);
    }

    /** Looks at the clock: called by the ticker, and by tests after moving their clock. */
    public void tick() {
        if (state.get() != State.RUNNING) {
            return;
        }
        Duration rest = untilEnd();
        if (rest.isZero() || rest.isNegative()) {
            ticker.stop();
            left = Duration.ZERO;
            set(State.FINISHED, left);
            List.copyOf(atZero).forEach(Runnable::run);
        } else {
            show(rest);
        }
    }

    private void run(Duration length) {
        endsAt = clock.instant().plus(length);
        set(State.RUNNING, length);
        ticker.start(this::tick);
    }

    private Duration untilEnd() {
        return Duration.between(clock.instant(), endsAt);
    }

    private void set(State next, Duration rest) {
        state.set(next);
        show(rest);
    }

    private void show(Duration rest) {
        long seconds = rest.isNegative() ? 0 : (rest.toMillis() + 999) / 1000;
        secondsLeft.set(seconds);
        phase.set(TimerPhase.of(seconds, state.get() == State.FINISHED));
    }
}
