package com.motstudio.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (file reads and writes) away from the UI thread and hands the result back on it.
 * Tests use {@link #IMMEDIATE}, which runs everything in place, so they need no waiting.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Exception> onError);

    /** Runs the work and its continuation on the calling thread. */
    TaskRunner IMMEDIATE = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Exception> onError) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onError.accept(e);
                return;
            }
            onDone.accept(result);
        }
    };
}
