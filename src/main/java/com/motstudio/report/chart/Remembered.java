package com.motstudio.report.chart;

/**
 * The layout of a chart for the last box it was painted in, so repainting a box of the same size
 * (a window's repaint, a test reading the layout) does not lay the chart out again. Thread-safe:
 * one chart's layouts are made one at a time, since its style's line breaker is not thread-safe.
 */
final class Remembered<L extends ChartLayout> {
    private final double minWidth;
    private final double minHeight;
    private final Fit.Maker<L> maker;
    private double width = Double.NaN;
    private double height = Double.NaN;
    private L layout;

    /** minWidth × minHeight: the smallest box the chart is laid out in before being scaled down. */
    Remembered(double minWidth, double minHeight, Fit.Maker<L> maker) {
        this.minWidth = minWidth;
        this.minHeight = minHeight;
        this.maker = maker;
    }

    synchronized L at(double width, double height) {
        if (layout == null || this.width != width || this.height != height) {
            layout = Fit.fit(width, height, minWidth, minHeight, maker);
            this.width = width;
            this.height = height;
        }
        return layout;
    }

    /** A layout for a box without keeping it (for measuring), made under the same lock. */
    synchronized L once(double width, double height) {
        return maker.layOut(width, height);
    }
}
