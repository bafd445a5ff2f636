package com.motstudio.store;

import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving never damages the file that was there: failures are injected at each step. */
class SafeSaveTest {
    @TempDir
    Path folder;

    /** The real file system with chosen steps made to fail. */
    static final class FailingOps implements FileOps {
        IOException onWrite;
        int movesRefused;
        boolean atomicUnsupported;
        IOException onCopy;
        boolean linkUnsupported;
        final List<Long> pauses = new ArrayList<>();

        @Override
        public void writeNew(Path file, byte[] bytes) throws IOException {
            if (onWrite != null) {
                Files.write(file, new byte[] {'{'}); // a partial temp file, as a real failure leaves
                throw onWrite;
            }
            REAL.writeNew(file, bytes);
        }

        @Override
        public void copy(Path from, Path to, CopyOption... options) throws IOException {
            if (onCopy != null && !to.toString().endsWith(".bak") && !from.toString().endsWith(".bak")) {
                throw onCopy;
            }
            REAL.copy(from, to, options);
        }

        @Override
        public void link(Path link, Path existing) throws IOException {
            if (linkUnsupported) {
                throw new UnsupportedOperationException("FAT has no hard links");
            }
            REAL.link(link, existing);
        }

        @Override
        public void move(Path from, Path to, CopyOption... options) throws IOException {
            if (atomicUnsupported) {
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "not here");
            }
            if (movesRefused > 0) {
                movesRefused--;
                throw new FileSystemException(to.toString(), null, "The process cannot access the file because it is being used by another process");
            }
            REAL.move(from, to, options);
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            REAL.deleteIfExists(file);
        }

        @Override
        public void syncFolder(Path f) {
            REAL.syncFolder(f);
        }

        @Override
        public void pause(long millis) {
            pauses.add(millis);
        }
    }

    private final FailingOps ops = new FailingOps();
    private final WorkshopStore store = new WorkshopStore(ops, Migrations.standard());
    private final Texts english = new Texts(Language.ENGLISH);

    private Path existing() throws Exception {
        Path file = folder.resolve("plan.mot.json");
        new WorkshopStore().save(RichWorkshop.create(), file, null);
        return file;
    }

    private static Workshop changed() {
        Workshop w = RichWorkshop.create();
        return w.withInfo(w.info().withTitle("第二版"));
    }

    private List<Path> strayTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(".tmp-")).toList();
        }
    }

    @Test
    void aNormalSaveKeepsThePreviousVersionAsBak() throws Exception {
        Path file = existing();
        byte[] before = Files.readAllBytes(file);
        store.save(changed(), file, null);
        assertThat(Files.readString(file)).contains("第二版");
        assertThat(Files.readAllBytes(SafeWriter.backupOf(file))).isEqualTo(before);
        store.save(RichWorkshop.create(), file, null);
        assertThat(Files.readString(SafeWriter.backupOf(file))).contains("第二版");
        assertThat(strayTempFiles()).isEmpty();
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTempFile() throws Exception {
        Path file = existing();
        byte[] before = Files.readAllBytes(file);
        ops.onWrite = new IOException("Input/output error");
        assertThatThrownBy(() -> store.save(changed(), file, null)).isInstanceOf(SaveException.class)
                .satisfies(e -> assertThat(((SaveException) e).describe(english)).contains("writing failed").contains("not been changed"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(strayTempFiles()).isEmpty();
    }

    @Test
    void aFullDiskIsNamedAsSuch() throws Exception {
        Path file = existing();
        byte[] before = Files.readAllBytes(file);
        ops.onWrite = new IOException("No space left on device");
        assertThatThrownBy(() -> store.save(changed(), file, null))
                .satisfies(e -> assertThat(((SaveException) e).reason()).isEqualTo(SaveException.Reason.DISK_FULL))
                .satisfies(e -> assertThat(((SaveException) e).describe(new Texts(Language.SIMPLIFIED_CHINESE))).contains("磁盘已满"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aMoveRefusedAFewTimesIsRetriedWithBackOff() throws Exception {
        Path file = existing();
        ops.movesRefused = 3;
        store.save(changed(), file, null);
        assertThat(Files.readString(file)).contains("第二版");
        assertThat(ops.pauses).containsExactly(50L, 100L, 200L);
    }

    @Test
    void aMoveAlwaysRefusedFallsBackToCopying() throws Exception {
        Path file = existing();
        ops.movesRefused = 100;
        store.save(changed(), file, null);
        assertThat(Files.readString(file)).contains("第二版");
        assertThat(strayTempFiles()).isEmpty();
    }

    @Test
    void whenMoveAndCopyBothFailTheOldFileIsIntact() throws Exception {
        Path file = existing();
        byte[] before = Files.readAllBytes(file);
        ops.movesRefused = 100;
        ops.onCopy = new FileSystemException(file.toString(), null, "locked by another process");
        assertThatThrownBy(() -> store.save(changed(), file, null))
                .satisfies(e -> assertThat(((SaveException) e).reason()).isEqualTo(SaveException.Reason.MOVE_REFUSED));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(strayTempFiles()).isEmpty();
    }

    @Test
    void withoutAtomicMovesOrHardLinksTheSaveStillWorks() throws Exception {
        Path file = existing();
        byte[] before = Files.readAllBytes(file);
        ops.atomicUnsupported = true;
        ops.linkUnsupported = true;
        store.save(changed(), file, null);
        assertThat(Files.readString(file)).contains("第二版");
        assertThat(Files.readAllBytes(SafeWriter.backupOf(file))).isEqualTo(before);
    }

    @Test
    void aMissingFolderIsReported() {
        Path file = folder.resolve("no-such-folder").resolve("x.mot.json");
        assertThatThrownBy(() -> store.save(changed(), file, null))
                .satisfies(e -> assertThat(((SaveException) e).reason()).isEqualTo(SaveException.Reason.FOLDER_NOT_WRITABLE));
    }

    @Test
    void changesByAnotherProgramAreNoticed() throws Exception {
        Path file = folder.resolve("shared.mot.json");
        SavedFile baseline = store.save(RichWorkshop.create(), file, null);
        assertThat(store.changedOnDisk(baseline)).isFalse();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(store.changedOnDisk(baseline)).as("touched, same content").isFalse();
        Files.writeString(file, Files.readString(file).replace("第一组", "第二组"));
        assertThat(store.changedOnDisk(baseline)).isTrue();
        SavedFile again = store.save(RichWorkshop.create(), file, baseline);
        Files.delete(file);
        assertThat(store.changedOnDisk(again)).isTrue();
    }

    @Test
    void theBaselineOfAnOpenedFileMatchesIt() throws Exception {
        Path file = existing();
        LoadResult.Loaded loaded = (LoadResult.Loaded) store.open(file);
        assertThat(store.changedOnDisk(loaded.baseline())).isFalse();
        assertThat(loaded.baseline().path()).isEqualTo(file);
    }
}
