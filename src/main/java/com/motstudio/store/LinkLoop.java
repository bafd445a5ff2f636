package com.motstudio.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells a symbolic link that leads round in a loop (a → b → a) from a file that is simply missing:
 * the OS says "does not exist" for both, which would send a person looking for the wrong thing.
 */
public final class LinkLoop {
    /** The OS gives up after 40 links; a longer chain is as good as a loop. */
    private static final int MAX_LINKS = 40;

    private LinkLoop() {}

    /** True when {@code path}, or a folder on the way to it, is a symbolic link that never reaches a file. */
    public static boolean in(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path prefix = absolute.getRoot();
        for (Path part : absolute) {
            prefix = prefix == null ? part : prefix.resolve(part);
            if (loops(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean loops(Path link) {
        Set<Path> seen = new HashSet<>();
        Path current = link;
        for (int hops = 0; hops <= MAX_LINKS; hops++) {
            if (!Files.isSymbolicLink(current)) {
                return false;
            }
            if (!seen.add(current)) {
                return true;
            }
            try {
                current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }
}
