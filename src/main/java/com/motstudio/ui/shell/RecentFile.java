package com.motstudio.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A recently opened file as File ▸ Open recent and the start view offer it: its name and folder,
 * and whether it is still there (one that is not is shown, greyed out).
 */
record RecentFile(Path path, String label, boolean exists) {
    static List<RecentFile> of(List<String> files) {
        return files.stream().map(Path::of).map(path -> {
            Path folder = path.toAbsolutePath().getParent();
            String label = folder == null ? path.toString() : path.getFileName() + "  \u2014  " + folder;
            return new RecentFile(path, label, Files.exists(path));
        }).toList();
    }
}
