package com.motstudio.report.chart;

import java.awt.Color;

/** The colours of the charts: ink, axes, the series and the tints of the quadrants. */
final class ChartColours {
    static final Color INK = new Color(0x1F2933);
    static final Color MUTED = new Color(0x5F6B7A);
    static final Color AXIS = new Color(0x8A96A5);
    static final Color GRID = new Color(0xE3E8EE);
    static final Color ZERO = new Color(0x33415C);
    static final Color FRAME = new Color(0xC8D0DA);
    static final Color EXPECTATION = new Color(0xA9B8CC);
    static final Color PERCEPTION = new Color(0x1F3A5F);
    static final Color BELOW = new Color(0xC8463D);
    static final Color ABOVE = new Color(0x2E8B57);
    static final Color POINT = new Color(0x1F3A5F);
    static final Color LEADER = new Color(0x9AA5B1);
    /** Quadrant tints, light enough for labels on top, and the darker ink of each quadrant's name. */
    static final Color TINT_RED = new Color(0xFCEBE8);
    static final Color TINT_GREEN = new Color(0xE8F5EC);
    static final Color TINT_BLUE = new Color(0xE8F0FA);
    static final Color TINT_GREY = new Color(0xF1F3F6);
    static final Color TINT_AMBER = new Color(0xFDF3E1);
    static final Color NAME_RED = new Color(0xA3362F);
    static final Color NAME_GREEN = new Color(0x24704A);
    static final Color NAME_BLUE = new Color(0x2F5E9E);
    static final Color NAME_GREY = new Color(0x5F6B7A);
    static final Color NAME_AMBER = new Color(0x9A6312);
    /** Series colours, told apart in print and by most colour-blind readers. */
    private static final Color[] SERIES = {new Color(0x1F3A5F), new Color(0x3A7BD5), new Color(0x2A9D8F),
            new Color(0xE08E2B), new Color(0x8E5EA2), new Color(0xC2185B), new Color(0x6B8E23), new Color(0x7A8B99)};

    private ChartColours() {}

    static Color series(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }

    /** White or ink, whichever reads better on a fill. */
    static Color textOn(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return luminance < 150 ? Color.WHITE : INK;
    }
}
