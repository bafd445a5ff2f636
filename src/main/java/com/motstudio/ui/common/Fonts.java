package com.motstudio.ui.common;

import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the bundled Noto Sans SC so Chinese shows on machines without a CJK font. */
public final class Fonts {
    public static final String RESOURCE = "/com/motstudio/fonts/NotoSansSC_400Regular.ttf";
    /** The family name of {@link #RESOURCE}, for styles set before the font has finished loading. */
    public static final String FAMILY = "Noto Sans SC";

    private Fonts() {}

    /**
     * Loads the font (once per call; JavaFX keeps it registered) and returns its family name. Any
     * thread may call it: the app loads it beside the FX thread while the window is built.
     */
    public static String loadBundled() {
        try (InputStream in = Fonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the build: " + RESOURCE);
            }
            Font font = Font.loadFont(in, 13);
            if (font == null) {
                throw new IllegalStateException("bundled font could not be loaded: " + RESOURCE);
            }
            return font.getFamily();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
