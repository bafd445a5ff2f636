package com.motstudio.report.chart;

import com.motstudio.report.BundledFont;
import com.motstudio.text.Texts;

import java.awt.Font;
import java.util.Objects;

/**
 * The language and font of a chart, and whether it draws its own title (a report that captions
 * the chart itself turns it off).
 *
 * @param texts  the language of titles, axes and legends; data labels arrive already translated
 * @param font   the base font; its size sets the size of every text. A logical font or one that
 *               cannot draw Chinese is replaced by the bundled Noto Sans SC
 * @param titled whether the chart's title is drawn above it
 */
public record ChartOptions(Texts texts, Font font, boolean titled) {
    public static final float DEFAULT_SIZE = 12f;

    public ChartOptions {
        Objects.requireNonNull(texts, "texts");
        font = BundledFont.orBundled(font == null ? BundledFont.of(DEFAULT_SIZE) : font);
    }

    /** Titled, in the bundled font at the default size. */
    public static ChartOptions of(Texts texts) {
        return new ChartOptions(texts, BundledFont.of(DEFAULT_SIZE), true);
    }

    /** The same options without the chart's own title. */
    public ChartOptions untitled() {
        return new ChartOptions(texts, font, false);
    }
}
