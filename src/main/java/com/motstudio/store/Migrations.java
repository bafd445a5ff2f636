package com.motstudio.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chain of migrations that brings an older file up to the current format version, one
 * version at a time, on the JSON tree and before the schema check. Version 1 is the first format,
 * so the app's chain is empty for now; the mechanism is tested with a chain of its own.
 */
final class Migrations {
    private final List<Migration> chain;
    private final int current;

    Migrations(List<Migration> chain, int current) {
        this.chain = List.copyOf(chain);
        this.current = current;
    }

    /** The migrations of this version of MOT Studio, up to {@link WorkshopCodec#VERSION}. */
    static Migrations standard() {
        return new Migrations(List.of(), WorkshopCodec.VERSION);
    }

    int current() {
        return current;
    }

    /**
     * Upgrades {@code root}, found at {@code version}, to the current version in place and stamps
     * it; false, with {@code root} untouched, when the chain has no way from that version.
     */
    boolean upgrade(ObjectNode root, int version) {
        if (version > current) {
            return false;
        }
        List<Migration> steps = new ArrayList<>();
        for (int at = version; at < current; at++) {
            int from = at;
            Optional<Migration> step = chain.stream().filter(m -> m.from() == from).findFirst();
            if (step.isEmpty()) {
                return false;
            }
            steps.add(step.get());
        }
        steps.forEach(step -> step.apply(root));
        root.put("formatVersion", current);
        return true;
    }
}
