package com.motstudio.report.chart;

import com.motstudio.text.Texts;

import java.awt.Graphics2D;

/**
 * A chart of the survey evidence that draws itself inside any box on any Graphics2D: an image for
 * the screen or a PNG, OpenPDF's PdfGraphics2D for a report. Vector shapes and text only.
 */
public interface Chart {
    /**
     * Paints the chart inside the box from (0, 0) to (width, height) in the Graphics2D's units,
     * white behind it; nothing is drawn outside the box. A box too small for the texts at full size
     * gets the whole chart scaled down, never cut or overlapped.
     */
    void paint(Graphics2D g, double width, double height);

    /** The height at which the chart shows its texts at full size in a box of the given width. */
    double preferredHeight(double width);

    /** The language of the chart's fixed texts (titles, axes, legend). */
    Texts texts();
}
