package com.motstudio.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (file reads and writes, PDF renders) away from the UI thread and hands the result
 * back on it. Whatever the work throws reaches {@code onError}, an {@link Error} such as
 * {@link OutOfMemoryError} too, so a failure is always reported. Tests use {@link #IMMEDIATE}, which
 * runs everything in place, so they need no waiting.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /**
     * Where long renders run (PDF export and preview, a PNG of the map), so that a save or an open
     * never waits behind one. Work given to this runner keeps its order among renders only.
     */
    default TaskRunner renders() {
        return this;
    }

    /** Runs the work and its continuation on the calling thread. */
    TaskRunner IMMEDIATE = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                onError.accept(e);
                return;
            }
            onDone.accept(result);
        }
    };
}
