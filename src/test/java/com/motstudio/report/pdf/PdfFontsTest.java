package com.motstudio.report.pdf;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How PdfFonts splits text the bundled font cannot draw all of, without any fallback font (an empty font folder). */
class PdfFontsTest {
    private final PdfFonts fonts = new PdfFonts(new FallbackFonts(List.of(Path.of("no-such-folder"))));

    @Test
    void textTheBundledFontCoversIsOneRunAndNothingIsMissing() {
        String text = "\u5ba2\u6237\u65c5\u7a0b \u5ba2\u6236 Journey\t\u00e9\n";
        assertThat(fonts.covers(text)).isTrue();
        assertThat(fonts.runs(text)).containsExactly(new PdfFonts.Run(text, fonts.base()));
        assertThat(fonts.missing()).isEmpty();
    }

    @Test
    void whatNoFontHasIsLeftOutAndRemembered() {
        String text = "A" + ExportFixture.EMOJI + "\u200d\ufe0fB" + ExportFixture.EXT_B;
        assertThat(fonts.covers(text)).isFalse();
        assertThat(fonts.runs(text)).extracting(PdfFonts.Run::text).containsExactly("A\u200d\ufe0fB");
        assertThat(fonts.missing()).containsExactly(0x1F600, 0x20000);
        assertThat(fonts.covers("\u200d\ufe0f")).as("joiners and variation selectors need no glyph").isTrue();
    }

    @Test
    void rightToLeftTextIsPutInTheOrderItIsDrawn() {
        // the Unicode bidi algorithm: the number after the Hebrew belongs to its right-to-left run
        assertThat(PdfFonts.visualOrder("abc " + ExportFixture.HEBREW + " 12")).isEqualTo("abc 12 \u05DD\u05D5\u05DC\u05E9");
        assertThat(PdfFonts.visualOrder(ExportFixture.HEBREW + " abc")).isEqualTo("\u05DD\u05D5\u05DC\u05E9 abc");
        assertThat(PdfFonts.visualOrder(ExportFixture.HEBREW)).isEqualTo("\u05DD\u05D5\u05DC\u05E9");
        assertThat(PdfFonts.visualOrder("\u5ba2\u6237 ok")).isEqualTo("\u5ba2\u6237 ok");
    }

    @Test
    void aFontFileWithoutOutlinesIsNoFallback() throws Exception {
        Path bundled = Path.of("assets/fonts/NotoSansSC_400Regular.ttf");
        assertThat(FallbackFonts.hasOutlines(bundled)).isTrue();
        Path bitmapOnly = java.nio.file.Files.createTempFile("bitmap", ".ttf");
        try {
            // an sfnt directory with one table, CBDT (colour bitmaps, as in Noto Color Emoji), and no glyf or CFF
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(28);
            b.putInt(0x00010000).putShort((short) 1).putShort((short) 16).putShort((short) 0).putShort((short) 0);
            b.putInt(0x43424454).putInt(0).putInt(28).putInt(0);
            java.nio.file.Files.write(bitmapOnly, b.array());
            assertThat(FallbackFonts.hasOutlines(bitmapOnly)).isFalse();
            assertThat(new FallbackFonts(List.of(bitmapOnly.getParent())).forCodePoint(0x1F600)
                    .map(f -> f.getPostscriptFontName())).isNotEqualTo(java.util.Optional.of("bitmap"));
        } finally {
            java.nio.file.Files.delete(bitmapOnly);
        }
    }
}
