package com.motstudio.ui.common;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs work on background threads and continues on the JavaFX application thread. File work
 * (open, save, imports) and long renders (export, preview) have a thread each, so a minute-long
 * preview never holds up a save; see docs/decisions/0004-threading.md.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final Lane files;
    private final Lane renders;

    public FxTaskRunner() {
        this(Platform::runLater);
    }

    /** @param ui where the continuations run: the FX thread in the app, a thread of the test's own in tests */
    public FxTaskRunner(Executor ui) {
        files = new Lane("mot-files", ui);
        renders = new Lane("mot-renders", ui);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        files.run(work, onDone, onError);
    }

    @Override
    public TaskRunner renders() {
        return renders;
    }

    @Override
    public void close() {
        files.executor.shutdown();
        renders.executor.shutdown();
    }

    /** One background thread and the continuation of each piece of work on the UI. */
    private static final class Lane implements TaskRunner {
        private final ExecutorService executor;
        private final Executor ui;

        Lane(String name, Executor ui) {
            this.ui = ui;
            executor = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, name);
                thread.setDaemon(true);
                return thread;
            });
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            // execute, not submit: a Future would keep an Error to itself and nobody would hear of it
            executor.execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    ui.execute(() -> onError.accept(e));
                    return;
                }
                ui.execute(() -> onDone.accept(result));
            });
        }
    }
}
