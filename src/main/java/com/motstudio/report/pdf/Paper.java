package com.motstudio.report.pdf;

import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;

/** The paper a document is printed on. */
public enum Paper {
    A4("a4", PageSize.A4),
    LETTER("letter", PageSize.LETTER);

    private final String tag;
    private final Rectangle size;

    Paper(String tag, Rectangle size) {
        this.tag = tag;
        this.size = size;
    }

    /** The name on the command line ({@code a4}, {@code letter}). */
    public String tag() {
        return tag;
    }

    /** The page in points, portrait or landscape. */
    Rectangle page(boolean landscape) {
        // a landscape media box rather than a rotated portrait one: viewers and printers agree on it
        return landscape ? new Rectangle(size.getHeight(), size.getWidth()) : new Rectangle(size.getWidth(), size.getHeight());
    }

    /** The paper of a command-line name (case ignored), or null when there is none. */
    public static Paper fromTag(String tag) {
        for (Paper paper : values()) {
            if (paper.tag.equalsIgnoreCase(tag)) {
                return paper;
            }
        }
        return null;
    }
}
