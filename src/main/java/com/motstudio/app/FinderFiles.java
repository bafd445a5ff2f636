package com.motstudio.app;

import javafx.application.Platform;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Files the macOS Finder asks the app to open (double click, drag onto the Dock icon): macOS sends
 * them as an Apple event, not as arguments. {@link #listen()} runs in main before JavaFX starts; the
 * files wait until the window is ready ({@link #deliverTo}), then each is opened as if it had been
 * named on the command line. Does nothing on other systems, which pass the file as an argument.
 */
final class FinderFiles {
    private static final List<Path> waiting = new ArrayList<>();
    private static Consumer<Path> target;

    private FinderFiles() {}

    static void listen() {
        if (!System.getProperty("os.name", "").startsWith("Mac")) {
            return;
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Desktop.getDesktop().setOpenFileHandler(event -> event.getFiles().stream().map(File::toPath).forEach(FinderFiles::opened));
            }
        } catch (UnsupportedOperationException | SecurityException e) { // HeadlessException is one too
            // no Finder events here: files still open from the command line and File > Open
        }
    }

    /** From now on (and for the files already waiting) opens each file with {@code open}, on the FX thread. */
    static synchronized void deliverTo(Consumer<Path> open) {
        target = open;
        waiting.forEach(path -> Platform.runLater(() -> open.accept(path)));
        waiting.clear();
    }

    private static synchronized void opened(Path path) {
        if (target == null) {
            waiting.add(path);
        } else {
            Consumer<Path> open = target;
            Platform.runLater(() -> open.accept(path));
        }
    }
}
