package com.motstudio.merge;

import com.motstudio.store.LoadResult;
import com.motstudio.store.WorkshopStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The group files chosen for a merge, read with the same checks as File ▸ Open: the ones that
 * passed, and the ones refused with every problem and where it is. A refused file is left out of
 * the merge whole; nothing of it reaches the facilitator's workshop.
 */
public record GroupFiles(List<GroupFile> files, List<LoadResult.Refused> refused) {
    public GroupFiles {
        files = List.copyOf(files);
        refused = List.copyOf(refused);
    }

    /** Reads every file (off the UI thread: this touches the disk). */
    public static GroupFiles read(WorkshopStore store, List<Path> paths) {
        List<GroupFile> files = new ArrayList<>();
        List<LoadResult.Refused> refused = new ArrayList<>();
        for (Path path : paths) {
            switch (store.open(path)) {
                case LoadResult.Loaded loaded -> files.add(new GroupFile(path.getFileName().toString(), loaded.workshop()));
                case LoadResult.Refused r -> refused.add(r);
            }
        }
        return new GroupFiles(files, refused);
    }
}
