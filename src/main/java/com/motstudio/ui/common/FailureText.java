package com.motstudio.ui.common;

import com.motstudio.store.SaveException;
import com.motstudio.text.Texts;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What to tell a person about work that failed: a save's own explanation, the system's words for a
 * file problem, a plain sentence when memory ran out, and for anything unexpected a sentence that
 * says their work is still open (with the technical detail last, for a bug report).
 */
public final class FailureText {
    private static final long MB = 1024 * 1024;

    private FailureText() {}

    public static String of(Throwable failure, Texts texts) {
        Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        if (cause instanceof SaveException save) {
            return save.describe(texts);
        }
        if (cause instanceof OutOfMemoryError) {
            return texts.format("common.failure.memory", Runtime.getRuntime().maxMemory() / MB);
        }
        String message = cause.getLocalizedMessage();
        if (cause instanceof IOException && message != null && !message.isBlank()) {
            return message;
        }
        String detail = cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        return texts.format("common.failure.unexpected", detail);
    }
}
