package com.motstudio.room;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A room snapshot as a JSON file beside the workshop's recovery copy (e.g. {@code <copy>.room.json}):
 * written whole to a temporary file and moved over the old one, so a crash leaves the last full copy.
 */
public final class RoomSnapshotFile {
    private final ObjectMapper mapper = RoomJson.mapper();
    private final Path file;

    public RoomSnapshotFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public synchronized void write(RoomSnapshot snapshot) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(snapshot));
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The snapshot the file holds, or an empty one when there is no file. */
    public synchronized RoomSnapshot read() throws IOException {
        if (!Files.exists(file)) {
            return RoomSnapshot.empty();
        }
        return mapper.readValue(file.toFile(), RoomSnapshot.class);
    }
}
