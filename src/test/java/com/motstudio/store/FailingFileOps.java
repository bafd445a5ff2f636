package com.motstudio.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The real file system with chosen steps made to fail, the way real failures leave things. */
final class FailingFileOps implements FileOps {
    IOException onRead;
    IOException onWrite;
    IOException onForce;
    int movesRefused;
    boolean atomicUnsupported;
    IOException onCopyOverTarget;
    boolean linkUnsupported;
    final List<Long> pauses = new ArrayList<>();
    final List<Path> forced = new ArrayList<>();
    /** Run before every step of a save: a kill at that moment would leave what it sees. */
    Runnable beforeEachStep = () -> { };

    private void step() {
        beforeEachStep.run();
    }

    @Override
    public long size(Path file) throws IOException {
        return REAL.size(file);
    }

    @Override
    public byte[] read(Path file) throws IOException {
        if (onRead != null) {
            throw onRead;
        }
        return REAL.read(file);
    }

    @Override
    public void writeNew(Path file, FileText text, boolean ownerOnly) throws IOException {
        step();
        if (onWrite != null) {
            Files.write(file, new byte[] {'{'}); // a partial temporary file, as a real failure leaves
            throw onWrite;
        }
        if (onForce != null) {
            Files.write(file, text.bytes()); // written, but not known to be on disk
            throw onForce;
        }
        REAL.writeNew(file, text, ownerOnly);
        forced.add(file);
    }

    @Override
    public void copy(Path from, Path to, CopyOption... options) throws IOException {
        step();
        boolean overTarget = !to.getFileName().toString().contains(".tmp-") && !to.toString().endsWith(".bak") && !from.toString().endsWith(".bak");
        if (onCopyOverTarget != null && overTarget) {
            Files.write(to, new byte[] {'{'}); // a copy that died half-way
            throw onCopyOverTarget;
        }
        REAL.copy(from, to, options);
    }

    @Override
    public void link(Path link, Path existing) throws IOException {
        step();
        if (linkUnsupported) {
            throw new UnsupportedOperationException("FAT has no hard links");
        }
        REAL.link(link, existing);
    }

    @Override
    public void move(Path from, Path to, CopyOption... options) throws IOException {
        step();
        boolean overBackup = to.toString().endsWith(".bak");
        if (atomicUnsupported && java.util.Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
            throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "not on this file system");
        }
        if (movesRefused > 0 && !overBackup) {
            movesRefused--;
            throw new FileSystemException(to.toString(), null,
                    "The process cannot access the file because it is being used by another process");
        }
        REAL.move(from, to, options);
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        step();
        REAL.deleteIfExists(file);
    }

    @Override
    public void syncFolder(Path folder) {
        step();
        REAL.syncFolder(folder);
    }

    @Override
    public void pause(long millis) {
        pauses.add(millis);
    }
}
