package com.motstudio.report.map;

import com.motstudio.model.Channel;

import java.awt.Color;

/** The colours of the journey map: channels, lanes, notes and the curves of the compared customer types. */
final class Palette {
    static final Color INK = new Color(0x1F2933);
    static final Color MUTED = new Color(0x5F6B7A);
    static final Color RULE = new Color(0xD5DBE3);
    static final Color TITLE_FILL = new Color(0xE9EEF5);
    static final Color STAGE_FILL = new Color(0x1F3A5F);
    static final Color STAGE_TEXT = Color.WHITE;
    static final Color STAGE_NOTE = new Color(0xC9D6EA);
    static final Color BAND_ODD = new Color(0xF6F8FB);
    static final Color BAND_EVEN = Color.WHITE;
    static final Color CARD = Color.WHITE;
    static final Color CARD_EDGE = new Color(0xC8D0DA);
    static final Color PAIN_FILL = new Color(0xFDECEC);
    static final Color PAIN_EDGE = new Color(0xE8A5A5);
    static final Color PAIN_MARK = new Color(0xC62828);
    static final Color IDEA_FILL = new Color(0xE7F5E8);
    static final Color IDEA_EDGE = new Color(0x9FCFA2);
    static final Color IDEA_MARK = new Color(0x2E7D32);
    static final Color POSITIVE_AREA = new Color(0xEEF7EE);
    static final Color NEGATIVE_AREA = new Color(0xFBEFEF);
    static final Color ZERO_LINE = new Color(0x8A96A5);
    static final Color SELECTED = new Color(0xFFB300);
    static final Color BADGE_FILL = new Color(0x33415C);
    static final Color[] CURVES = {new Color(0x3D348B), new Color(0xC2185B)};

    private Palette() {}

    /** The strong colour of a channel (chip bar, legend swatch); grey when the channel is not set. */
    static Color of(Channel channel) {
        if (channel == null) {
            return new Color(0x8C959F);
        }
        return switch (channel) {
            case PHYSICAL -> new Color(0x2A9D8F);
            case DIGITAL -> new Color(0x3A7BD5);
            case INTERPERSONAL -> new Color(0xE08E2B);
        };
    }

    /** The light fill of a chip of a channel. */
    static Color fillOf(Channel channel) {
        if (channel == null) {
            return new Color(0xF1F3F5);
        }
        return switch (channel) {
            case PHYSICAL -> new Color(0xE2F3F0);
            case DIGITAL -> new Color(0xE3EDFA);
            case INTERPERSONAL -> new Color(0xFCEEDC);
        };
    }

    static Color curve(int index) {
        return CURVES[index % CURVES.length];
    }
}
