package com.motstudio.ui.shell;

import java.time.Instant;

/**
 * The latest autosave failed: when, and why in the user's words. Shown in the status bar until an
 * autosave succeeds again or nothing unsaved is left.
 */
public record AutosaveProblem(Instant at, String reason) {}
