package com.motstudio.report.map;

import com.motstudio.report.BundledFont;
import com.motstudio.text.Texts;

import java.awt.Font;
import java.util.List;
import java.util.Objects;

/**
 * What a journey map shows and in which language and font.
 *
 * @param customerTypeIds the customer types whose emotion curves are drawn: none, one, or two to compare
 * @param texts           the language of lane titles, legend and callouts
 * @param font            the base font; its size sets the scale of the whole map. A logical font or
 *                        one that cannot draw Chinese is replaced by the bundled Noto Sans SC
 */
public record MapOptions(List<String> customerTypeIds, Texts texts, Font font) {
    public static final float DEFAULT_SIZE = 13f;

    public MapOptions {
        customerTypeIds = List.copyOf(customerTypeIds);
        if (customerTypeIds.size() > 2) {
            throw new IllegalArgumentException("a journey map compares at most two customer types, not "
                    + customerTypeIds.size());
        }
        Objects.requireNonNull(texts, "texts");
        font = BundledFont.orBundled(font == null ? BundledFont.of(DEFAULT_SIZE) : font);
    }

    /** The map in the bundled font at the default size. */
    public static MapOptions of(Texts texts, List<String> customerTypeIds) {
        return new MapOptions(customerTypeIds, texts, BundledFont.of(DEFAULT_SIZE));
    }
}
