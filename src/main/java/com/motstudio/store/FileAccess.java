package com.motstudio.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read and write a file, as a save carries it over to the file that replaces it: the POSIX
 * mode (a {@code 600} workshop stays {@code 600}) or, on Windows, the read-only flag. {@code posix}
 * is null where the file system has no POSIX modes.
 */
record FileAccess(Set<PosixFilePermission> posix, boolean dosReadOnly, boolean writable) {
    /** Read and write for the owner only ({@code 600}): recovery copies and the settings file. */
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** A folder only its owner may list and enter ({@code 700}). */
    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> WRITE =
            EnumSet.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    /** The access of an existing file; null when there is no file. */
    static FileAccess of(Path file) {
        try {
            if (supportsPosix(file)) {
                PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class);
                return new FileAccess(EnumSet.copyOf(attributes.permissions()), false, Files.isWritable(file));
            }
            DosFileAttributes attributes = Files.readAttributes(file, DosFileAttributes.class);
            return new FileAccess(null, attributes.isReadOnly(), Files.isWritable(file));
        } catch (IOException | UnsupportedOperationException e) {
            return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? new FileAccess(null, false, Files.isWritable(file)) : null;
        }
    }

    /**
     * True when the file says it must not be changed: no write permission for anyone, the Windows
     * read-only flag, or no right to write it for this user. (Root may write a {@code 444} file; it
     * is still treated as read-only.)
     */
    boolean readOnly() {
        return dosReadOnly || !writable || posix != null && posix.stream().noneMatch(WRITE::contains);
    }

    /** Gives {@code file} this access, as far as the file system allows (FAT keeps no modes). */
    void giveTo(Path file) {
        try {
            if (posix != null) {
                Files.setPosixFilePermissions(file, posix);
            } else if (dosReadOnly) {
                Files.setAttribute(file, "dos:readonly", true);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the content is saved; a mode the file system cannot keep is not worth failing the save
        }
    }

    /** Gives {@code file} this POSIX mode only (the Windows flag would stop a temporary file being removed). */
    void giveModeTo(Path file) {
        if (posix != null) {
            giveTo(file);
        }
    }

    /** Windows refuses to replace a read-only file: the flag is lifted first, and given back by {@link #giveTo}. */
    void unlock(Path file) {
        if (dosReadOnly) {
            try {
                Files.setAttribute(file, "dos:readonly", false);
            } catch (IOException | UnsupportedOperationException e) {
                // the replace will then be refused and reported
            }
        }
    }

    static boolean supportsPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Restricts an existing file or folder to its owner ({@code 600} / {@code 700}) where the system has modes. */
    static void restrictToOwner(Path path) {
        if (!supportsPosix(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? OWNER_ONLY_FOLDER : OWNER_ONLY);
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without modes (FAT) has no other users to hide it from either
        }
    }
}
