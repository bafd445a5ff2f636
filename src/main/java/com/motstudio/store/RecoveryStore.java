package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.model.Workshop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The recovery folder: while a workshop has unsaved changes, a copy is kept here, one per running
 * process ({@code recovery-<pid>.mot.json} with a {@code recovery-<pid>.json} note of the original
 * file and the time). A copy whose process is gone was left by a crash and is offered at start.
 * The folder and the copies are for their owner only ({@code 700} / {@code 600} where the system has
 * modes): a workshop may hold names and opinions other users of the computer must not read.
 */
public final class RecoveryStore {
    private static final String PREFIX = "recovery-";
    private static final String COPY = ".mot.json";
    private static final String NOTE = ".json";

    private final Path folder;
    private final WorkshopStore store;
    private final long ownPid = ProcessHandle.current().pid();
    private final ObjectMapper mapper = JsonSetup.mapper();

    /** A copy left by a process that did not exit cleanly. {@code originalFile} is null for a never-saved workshop. */
    public record Recovery(Path copy, Path originalFile, Instant savedAt) {}

    public RecoveryStore(Path folder, WorkshopStore store) {
        this.folder = folder;
        this.store = store;
    }

    /** Writes this process's copy safely (a kill half-way leaves the previous copy whole). */
    public void write(Workshop workshop, Path originalFile, Instant savedAt) throws IOException {
        write(workshop, originalFile, savedAt, null);
    }

    /** As {@link #write(Workshop, Path, Instant)}, keeping the unknown fields of the document's file. */
    public void write(Workshop workshop, Path originalFile, Instant savedAt, SavedFile baseline) throws IOException {
        makeFolder();
        store.writeCopy(workshop, baseline, copyOf(ownPid));
        ObjectNode note = mapper.createObjectNode();
        note.put("originalFile", originalFile == null ? "" : originalFile.toAbsolutePath().toString());
        note.put("savedAt", savedAt.toString());
        store.writeCopy(mapper.writeValueAsBytes(note), noteOf(ownPid));
    }

    /** Creates the folder for its owner only, and takes back a folder an older version left open to others. */
    private void makeFolder() throws IOException {
        if (!Files.isDirectory(folder) && FileAccess.supportsPosix(folder)) {
            Files.createDirectories(folder.toAbsolutePath().getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FileAccess.OWNER_ONLY_FOLDER));
            } catch (FileAlreadyExistsException e) {
                // made meanwhile by another MOT Studio; its mode is set below
            }
        }
        Files.createDirectories(folder);
        FileAccess.restrictToOwner(folder);
    }

    /** The newest copy left by a process that is no longer running. */
    public Optional<Recovery> pending() {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<Recovery> found = new ArrayList<>();
        try (DirectoryStream<Path> notes = Files.newDirectoryStream(folder, PREFIX + "*" + NOTE)) {
            for (Path note : notes) {
                if (note.getFileName().toString().endsWith(COPY)) {
                    continue;
                }
                pidOf(note).filter(pid -> pid != ownPid && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true))
                        .flatMap(pid -> read(note, pid)).ifPresent(found::add);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return found.stream().max(Comparator.comparing(Recovery::savedAt));
    }

    public LoadResult restore(Recovery recovery) {
        return store.open(recovery.copy());
    }

    public void discard(Recovery recovery) throws IOException {
        String name = recovery.copy().getFileName().toString();
        Files.deleteIfExists(recovery.copy());
        Files.deleteIfExists(folder.resolve(name.substring(0, name.length() - COPY.length()) + NOTE));
    }

    /** Removes this process's copy: after a save, or on a clean exit. */
    public void clearOwn() throws IOException {
        Files.deleteIfExists(copyOf(ownPid));
        Files.deleteIfExists(noteOf(ownPid));
    }

    /**
     * Moves the newest file kept beside the copy of a process that is gone ({@code <copy><suffix>},
     * e.g. a room session's answers) to beside this process's copy, whether or not that process left
     * a copy of its workshop: a saved, unchanged workshop leaves none. A half-written {@code .tmp} of
     * such a file, left by a kill while writing it, is removed. Returns whether one was moved.
     */
    public boolean adoptLeftBeside(String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, PREFIX + "*" + COPY + suffix + ".tmp")) {
            for (Path temp : temps) {
                if (leftByGoneProcess(temp, suffix + ".tmp")) {
                    Files.deleteIfExists(temp);
                }
            }
        }
        Path newest = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + COPY + suffix)) {
            for (Path file : files) {
                if (leftByGoneProcess(file, suffix)
                        && (newest == null || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(newest)) > 0)) {
                    newest = file;
                }
            }
        }
        if (newest == null) {
            return false;
        }
        Files.move(newest, folder.resolve(PREFIX + ownPid + COPY + suffix), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    /** Whether a file named {@code recovery-<pid>.mot.json<suffix>} belongs to a process other than this one that is gone. */
    private boolean leftByGoneProcess(Path file, String suffix) {
        String name = file.getFileName().toString();
        try {
            long pid = Long.parseLong(name.substring(PREFIX.length(), name.length() - COPY.length() - suffix.length()));
            return pid != ownPid && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return false;
        }
    }

    /** The copy this process would write (for tests and the status bar). */
    public Path ownCopy() {
        return copyOf(ownPid);
    }

    private Optional<Recovery> read(Path note, long pid) {
        Path copy = copyOf(pid);
        if (!Files.isRegularFile(copy)) {
            return Optional.empty();
        }
        try {
            JsonNode json = mapper.readTree(Files.readString(note, StandardCharsets.UTF_8));
            String original = json.path("originalFile").asText("");
            Instant savedAt = Instant.parse(json.path("savedAt").asText());
            return Optional.of(new Recovery(copy, original.isEmpty() ? null : Path.of(original), savedAt));
        } catch (IOException | RuntimeException e) {
            // an unreadable note still leaves a copy worth offering; date it by the file
            try {
                return Optional.of(new Recovery(copy, null, Files.getLastModifiedTime(copy).toInstant()));
            } catch (IOException gone) {
                return Optional.empty();
            }
        }
    }

    private static Optional<Long> pidOf(Path note) {
        String name = note.getFileName().toString();
        try {
            return Optional.of(Long.parseLong(name.substring(PREFIX.length(), name.length() - NOTE.length())));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private Path copyOf(long pid) {
        return folder.resolve(PREFIX + pid + COPY);
    }

    private Path noteOf(long pid) {
        return folder.resolve(PREFIX + pid + NOTE);
    }
}
