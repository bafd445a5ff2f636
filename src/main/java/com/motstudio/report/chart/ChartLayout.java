package com.motstudio.report.chart;

import java.util.List;

/** A chart laid out for a box: every shape and text in chart units; immutable once made. */
interface ChartLayout {
    double width();

    double height();

    /** Whether every text found room at full size; if not, the chart is laid out larger and scaled down. */
    boolean fits();

    /** Every text drawn, where it is drawn. */
    List<PlacedText> texts();
}
