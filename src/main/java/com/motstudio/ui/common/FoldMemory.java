package com.motstudio.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which fold-out panels (by id) the user opened or closed in this session, so a page rebuilt for
 * another workshop, language or text size keeps them as they were. Forgotten when the app quits.
 */
public final class FoldMemory {
    private final Map<String, Boolean> open = new HashMap<>();

    /** Whether the user left the panel {@code id} open; empty when they never chose. */
    public Optional<Boolean> isOpen(String id) {
        return Optional.ofNullable(open.get(id));
    }

    public void remember(String id, boolean isOpen) {
        open.put(id, isOpen);
    }
}
