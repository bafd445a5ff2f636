package com.motstudio.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Noto Sans SC as a Java2D font, so reports and the journey map show Chinese (简体 and
 * 繁體) and Latin text on machines without a CJK font. Logical fonts (Dialog, SansSerif) draw empty
 * boxes for Chinese where no CJK font is installed, so reports never use them.
 */
public final class BundledFont {
    /** Simplified and Traditional glyphs a usable font must have; escaped: a probe, not a text. */
    private static final String CJK_PROBE = "\u5ba2\u6237\u65c5\u7a0b\u5ba2\u6236\u89f8\u9ede\u968e\u6bb5";
    public static final String RESOURCE = "/com/motstudio/fonts/NotoSansSC_400Regular.ttf";

    private BundledFont() {}

    /** The font at a point size (plain style); read from the class path once. */
    public static Font of(float size) {
        return Loaded.FONT.deriveFont(size);
    }

    /** The font's family name ("Noto Sans SC"); registered, so {@code new Font(family, …)} finds it too. */
    public static String family() {
        return Loaded.FONT.getFamily();
    }

    /**
     * The given font when it can draw Chinese and is not a logical font; otherwise the bundled font
     * at the same size and style.
     */
    public static Font orBundled(Font font) {
        if (font != null && !isLogical(font) && font.canDisplayUpTo(CJK_PROBE) == -1) {
            return font;
        }
        float size = font == null ? 12f : font.getSize2D();
        int style = font == null ? Font.PLAIN : font.getStyle();
        return Loaded.FONT.deriveFont(style, size);
    }

    private static boolean isLogical(Font font) {
        String family = font.getFamily();
        return switch (family) {
            case Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED -> true;
            default -> false;
        };
    }

    /** Holder: the font is read when first asked for, then kept. */
    private static final class Loaded {
        static final Font FONT = load();

        private static Font load() {
            try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing from the build: " + RESOURCE);
                }
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bundled font could not be read: " + RESOURCE, e);
            }
        }
    }
}
