package com.motstudio.ui.export;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a saved file in the program the system uses for it (a PDF viewer), as a double-click would. */
final class FileOpener {
    private FileOpener() {}

    /** Whether this system can open files for the user at all (not on a headless machine). */
    static boolean available() {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    /** Opens the file; call off the UI thread, the system may take a moment. */
    static Boolean open(Path file) throws IOException {
        if (!available()) {
            throw new IOException(file.toString());
        }
        Desktop.getDesktop().open(file.toFile());
        return Boolean.TRUE;
    }
}
