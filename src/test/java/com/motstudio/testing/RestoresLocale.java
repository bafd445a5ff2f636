package com.motstudio.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Locale;

/**
 * Gives every test back the JVM's default locales (the default and the display and format
 * categories) it started with. The main window makes the app's language the JVM's locale (ADR 14),
 * so without this a test that opened it in Chinese left later tests a Chinese JVM: taller forms,
 * other texts. Registered for every test by JUnit's extension autodetection
 * (junit-platform.properties and META-INF/services); AppHarness refuses to work without it.
 */
public final class RestoresLocale implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(RestoresLocale.class);
    private static volatile boolean active;

    private record Saved(Locale plain, Locale display, Locale format) {}

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(HERE).put(Saved.class, new Saved(Locale.getDefault(),
                Locale.getDefault(Locale.Category.DISPLAY), Locale.getDefault(Locale.Category.FORMAT)));
        active = true;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Saved saved = context.getStore(HERE).remove(Saved.class, Saved.class);
        if (saved != null) {
            Locale.setDefault(saved.plain()); // sets the categories too, so they come after it
            Locale.setDefault(Locale.Category.DISPLAY, saved.display());
            Locale.setDefault(Locale.Category.FORMAT, saved.format());
        }
        active = false;
    }

    /** Fails unless a test running now will have its locales restored. */
    public static void requireActive() {
        if (!active) {
            throw new IllegalStateException("RestoresLocale is not registered: enable JUnit extension autodetection");
        }
    }
}
