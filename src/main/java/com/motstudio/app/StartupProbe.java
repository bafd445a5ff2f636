package com.motstudio.app;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.time.Instant;

/**
 * Start-up measurement, off unless asked for. With {@code -Dmot.startup.print=true} the app prints
 * {@code mot.firstFrame epochMicros=…} on standard output once the main window's first frame has been
 * laid out, handed to the renderer and the FX thread is free for input (the first interactive frame);
 * the benchmark compares that with the moment it started the process. With
 * {@code -Dmot.startup.quit=true} the app then quits the normal way, which the packaging uses for
 * its smoke test and for the training run of the AOT cache.
 */
final class StartupProbe {
    static final String PRINT = "mot.startup.print";
    static final String QUIT = "mot.startup.quit";

    private StartupProbe() {}

    static boolean wanted() {
        return Boolean.getBoolean(PRINT) || Boolean.getBoolean(QUIT);
    }

    /** Call right after the stage is shown; {@code quit} runs after the first frame when asked for. */
    static void watch(Scene scene, Runnable quit) {
        if (!wanted()) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // runs once this pulse has been rendered and the FX thread takes events again
            Platform.runLater(() -> firstFrame(quit));
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static void firstFrame(Runnable quit) {
        if (Boolean.getBoolean(PRINT)) {
            Instant now = Instant.now();
            System.out.println("mot.firstFrame epochMicros=" + (now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000));
            System.out.flush();
        }
        if (Boolean.getBoolean(QUIT)) {
            // after the file named on the command line (queued before) has been opened
            Platform.runLater(quit);
        }
    }
}
