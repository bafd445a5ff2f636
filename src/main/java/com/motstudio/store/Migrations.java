package com.motstudio.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/**
 * The chain of migrations that brings an older file up to the current format version, one
 * version at a time. Version 1 is the first format, so the app's chain is empty for now; the
 * mechanism is tested with a chain of its own.
 */
final class Migrations {
    private final List<Migration> chain;
    private final int current;

    Migrations(List<Migration> chain, int current) {
        this.chain = List.copyOf(chain);
        this.current = current;
    }

    static Migrations standard() {
        return new Migrations(List.of(), WorkshopCodec.VERSION);
    }

    int current() {
        return current;
    }

    /**
     * Upgrades {@code root} from {@code version} to the current version and stamps it; empty when
     * a step of the chain is missing (the file is too old for this app).
     */
    Optional<ObjectNode> upgrade(ObjectNode root, int version) {
        int at = version;
        while (at < current) {
            int from = at;
            Optional<Migration> step = chain.stream().filter(m -> m.from() == from).findFirst();
            if (step.isEmpty()) {
                return Optional.empty();
            }
            step.get().apply(root);
            at++;
        }
        root.put("formatVersion", current);
        return Optional.of(root);
    }
}
