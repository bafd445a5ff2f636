package com.motstudio.ui.timer;

/**
 * What makes a running timer look at the clock again, several times a second. The app uses a
 * JavaFX timeline ({@link FxTicker}); tests call the tick themselves, so no test waits real time.
 */
public interface Ticker {
    /** Calls {@code tick} repeatedly (on the UI thread) until {@link #stop()}. */
    void start(Runnable tick);

    void stop();
}
