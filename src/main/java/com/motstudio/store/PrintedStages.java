package com.motstudio.store;

import com.motstudio.model.Journey;
import com.motstudio.model.Stage;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The printed text of each stage of the journey a document last saved. The model is immutable and
 * an edit replaces only the stage it touches, so the next save reprints just the stages that are
 * new objects and reuses the others' text; the stages to print are printed on every core while the
 * save writes the parts already done.
 */
final class PrintedStages {
    static final PrintedStages NONE = new PrintedStages(List.of(), List.of());
    /**
     * One pool for all saves, first in first out so the stages are done in the order the file is
     * written; its threads are daemons and end when idle.
     */
    private static final ThreadPoolExecutor PRINTERS = printers();

    private final List<Stage> stages;
    private final List<CompletableFuture<byte[]>> texts;

    private PrintedStages(List<Stage> stages, List<CompletableFuture<byte[]>> texts) {
        this.stages = stages;
        this.texts = texts;
    }

    /** The texts of {@code journey}'s stages: kept ones where the stage is the very same object, printed ones for the rest. */
    PrintedStages next(Journey journey) {
        Map<Stage, CompletableFuture<byte[]>> kept = new IdentityHashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            CompletableFuture<byte[]> text = texts.get(i);
            if (!text.isCompletedExceptionally()) { // one still printing is waited for by the writer
                kept.put(stages.get(i), text);
            }
        }
        List<CompletableFuture<byte[]>> next = journey.stages().stream().map(stage -> {
            CompletableFuture<byte[]> text = kept.get(stage);
            return text != null ? text : CompletableFuture.supplyAsync(() -> JourneyJson.print(stage), PRINTERS);
        }).toList();
        return new PrintedStages(journey.stages(), next);
    }

    private static ThreadPoolExecutor printers() {
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(cores, cores, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "mot-save-printer-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** The stages' texts in journey order. */
    List<CompletableFuture<byte[]>> texts() {
        return texts;
    }
}
