package com.motstudio.store;

import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Saving never damages the file that was there: failures are injected at each step. */
class SafeSaveTest {
    @TempDir
    Path folder;

    private final FailingFileOps ops = new FailingFileOps();
    private final WorkshopStore store = new WorkshopStore(ops, Migrations.standard());
    private final Texts english = new Texts(Language.ENGLISH);
    private Path file;
    private byte[] before;

    @BeforeEach
    void existingFile() throws Exception {
        file = folder.resolve("plan.mot.json");
        new WorkshopStore().save(RichWorkshop.create(), file, null);
        before = Files.readAllBytes(file);
    }

    private static Workshop changed() {
        Workshop w = RichWorkshop.create();
        return w.withInfo(w.info().withTitle("第二版"));
    }

    private SaveException failedSave() {
        return catchThrowableOfType(SaveException.class, () -> store.save(changed(), file, null));
    }

    private void assertOldFileIntactAndNoTempFile() throws IOException {
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertNoTempFile();
    }

    private void assertNoTempFile() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.contains(".tmp-"));
        }
    }

    @Test
    void aSaveWritesATempFileBesideTheTargetForcesItAndKeepsTheOldVersionAsBak() throws Exception {
        store.save(changed(), file, null);
        assertThat(Files.readString(file)).contains("第二版");
        assertThat(Files.readAllBytes(SafeWriter.backupOf(file))).isEqualTo(before);
        assertThat(SafeWriter.backupOf(file).getFileName().toString()).isEqualTo("plan.mot.json.bak");
        assertThat(ops.forced).singleElement().satisfies(temp -> {
            assertThat(temp.getParent()).isEqualTo(folder.toAbsolutePath());
            assertThat(temp.getFileName().toString()).matches("\\.plan\\.mot\\.json\\.tmp-" + ProcessHandle.current().pid() + "-[0-9a-f]{8}");
        });
        byte[] second = Files.readAllBytes(file);
        store.save(RichWorkshop.create(), file, null);
        assertThat(Files.readAllBytes(SafeWriter.backupOf(file))).isEqualTo(second);
        assertNoTempFile();
    }

    @Test
    void aNewFileHasNoBak() throws Exception {
        Path fresh = folder.resolve("new.mot.json");
        store.save(RichWorkshop.create(), fresh, null);
        assertThat(Files.exists(fresh)).isTrue();
        assertThat(Files.exists(SafeWriter.backupOf(fresh))).isFalse();
    }

    @Test
    void aFailedWriteLeavesTheOldFile() throws Exception {
        ops.onWrite = new IOException("Input/output error");
        SaveException e = failedSave();
        assertThat(e.reason()).isEqualTo(SaveException.Reason.WRITE_FAILED);
        assertThat(e.target()).isEqualTo(file);
        assertThat(e.describe(english)).isEqualTo("Cannot save \"plan.mot.json\": writing failed (Input/output error)."
                + " The file on disk has not been changed.");
        assertOldFileIntactAndNoTempFile();
    }

    @Test
    void aFailedForceLeavesTheOldFile() throws Exception {
        ops.onForce = new IOException("fsync: Input/output error");
        assertThat(failedSave().reason()).isEqualTo(SaveException.Reason.WRITE_FAILED);
        assertOldFileIntactAndNoTempFile();
    }

    @Test
    void aFullDiskIsNamedAsSuch() throws Exception {
        ops.onWrite = new IOException("No space left on device");
        SaveException e = failedSave();
        assertThat(e.reason()).isEqualTo(SaveException.Reason.DISK_FULL);
        assertThat(e.describe(new Texts(Language.SIMPLIFIED_CHINESE))).contains("磁盘已满", "原文件没有改动");
        assertOldFileIntactAndNoTempFile();
    }

    @Test
    void aMoveRefusedAFewTimesIsRetriedWithBackOff() throws Exception {
        ops.movesRefused = 3;
        store.save(changed(), file, null);
        assertThat(Files.readString(file)).contains("第二版");
        assertThat(ops.pauses).containsExactly(50L, 100L, 200L);
        assertThat(Files.readAllBytes(SafeWriter.backupOf(file))).isEqualTo(before);
    }

    @Test
    void aMoveAlwaysRefusedFallsBackToReplacingTheContent() throws Exception {
        ops.movesRefused = 100;
        store.save(changed(), file, null);
        assertThat(Files.readString(file)).contains("第二版");
        assertThat(ops.pauses).containsExactly(50L, 100L, 200L, 400L, 800L);
        assertThat(Files.readAllBytes(SafeWriter.backupOf(file))).isEqualTo(before);
    }

    @Test
    void whenMoveAndCopyBothFailTheOldFileIsPutBack() throws Exception {
        ops.movesRefused = 100;
        ops.onCopyOverTarget = new FileSystemException(file.toString(), null, "locked by another process");
        SaveException e = failedSave();
        assertThat(e.reason()).isEqualTo(SaveException.Reason.MOVE_REFUSED);
        assertThat(e.describe(english)).contains("another program is holding the file (locked by another process)");
        assertOldFileIntactAndNoTempFile();
    }

    @Test
    void withoutAtomicMovesOrHardLinksTheSaveStillWorks() throws Exception {
        ops.atomicUnsupported = true;
        ops.linkUnsupported = true;
        store.save(changed(), file, null);
        assertThat(Files.readString(file)).contains("第二版");
        assertThat(ops.pauses).isEmpty();
        assertThat(Files.readAllBytes(SafeWriter.backupOf(file))).isEqualTo(before);
    }

    @Test
    void aMissingFolderOrAFolderInTheWayIsReported() throws Exception {
        Path nowhere = folder.resolve("no-such-folder").resolve("x.mot.json");
        assertThatThrownBy(() -> store.save(changed(), nowhere, null))
                .isInstanceOfSatisfying(SaveException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SaveException.Reason.FOLDER_NOT_WRITABLE);
                    assertThat(e.describe(english)).contains("the folder " + nowhere.getParent() + " does not exist");
                });
        Path inTheWay = Files.createDirectory(folder.resolve("taken.mot.json"));
        assertThatThrownBy(() -> store.save(changed(), inTheWay, null))
                .isInstanceOfSatisfying(SaveException.class, e -> assertThat(e.reason()).isEqualTo(SaveException.Reason.TARGET_IS_FOLDER));
    }

    @Test
    void aSymbolicLinkIsFollowedAndKept() throws Exception {
        Path link = folder.resolve("shortcut.mot.json");
        try {
            Files.createSymbolicLink(link, file);
        } catch (UnsupportedOperationException | IOException e) {
            return; // file systems without symbolic links have nothing to check here
        }
        store.save(changed(), link, null);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(file)).contains("第二版");
        assertThat(Files.readAllBytes(SafeWriter.backupOf(file))).isEqualTo(before);
    }

    @Test
    void theBakIsThereAtEveryStepOfASaveHoldingAWholeVersion() throws Exception {
        store.save(changed(), file, null); // now plan.mot.json.bak holds the first version
        byte[] second = Files.readAllBytes(file);
        java.util.List<String> seen = new java.util.ArrayList<>();
        ops.beforeEachStep = () -> {
            try {
                byte[] backup = Files.readAllBytes(SafeWriter.backupOf(file));
                seen.add(java.util.Arrays.equals(backup, before) ? "first" : java.util.Arrays.equals(backup, second) ? "second" : "other");
            } catch (IOException e) {
                seen.add("missing");
            }
        };
        store.save(RichWorkshop.create(), file, null);
        assertThat(seen).isNotEmpty().doesNotContain("missing", "other");
        assertThat(seen.getLast()).isEqualTo("second");
        ops.linkUnsupported = true; // FAT: the .bak is a copy, made under a temporary name first
        seen.clear();
        store.save(changed(), file, null);
        assertThat(seen).isNotEmpty().doesNotContain("missing");
        assertNoTempFile();
    }

    @Test
    void aKillAtAnyStepWouldLeaveAtMostOneTempFile() throws Exception {
        store.save(changed(), file, null);
        java.util.List<Long> temps = new java.util.ArrayList<>();
        ops.beforeEachStep = () -> {
            try (Stream<Path> files = Files.list(folder)) {
                temps.add(files.filter(f -> f.getFileName().toString().startsWith(".plan.mot.json.tmp-")).count());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        store.save(RichWorkshop.create(), file, null);
        ops.linkUnsupported = true;
        store.save(changed(), file, null);
        assertThat(temps).hasSizeGreaterThan(6).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(1L)).contains(1L);
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void aSaveKeepsThePermissionsOfTheFileItReplaces() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(posix(file), "a file system with POSIX modes");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        store.save(changed(), file, null);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(SafeWriter.backupOf(file))))
                .isEqualTo("rw-------");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        ops.atomicUnsupported = true; // the copy-over fallback keeps them too
        store.save(RichWorkshop.create(), file, null);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aReadOnlyFileIsNotReplacedUnlessTheUserSaysSo() throws Exception {
        makeReadOnly(file);
        SaveException refused = failedSave();
        assertThat(refused.reason()).isEqualTo(SaveException.Reason.READ_ONLY);
        assertThat(refused.describe(english)).isEqualTo("Cannot save \"plan.mot.json\": the file is read-only. The file on disk"
                + " has not been changed; save it under another name, or remove its read-only setting.");
        assertThat(refused.describe(new Texts(Language.TRADITIONAL_CHINESE))).contains("唯讀");
        assertOldFileIntactAndNoTempFile();
        assertThat(SafeWriter.backupOf(file)).doesNotExist();

        store.save(changed(), file, null, true);

        assertThat(Files.readString(file)).contains("第二版");
        assertThat(Files.readAllBytes(SafeWriter.backupOf(file))).isEqualTo(before);
        assertThat(FileAccess.of(file).readOnly()).as("still read-only after the user chose to replace it").isTrue();
        assertNoTempFile();
    }

    private static void makeReadOnly(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        } else {
            Files.setAttribute(file, "dos:readonly", true);
        }
    }
}
