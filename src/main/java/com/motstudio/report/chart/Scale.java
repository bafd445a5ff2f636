package com.motstudio.report.chart;

/** Maps values from [min, max] linearly onto chart units [from, to] (to may be less than from). */
record Scale(double min, double max, double from, double to) {
    double at(double value) {
        double clamped = Math.max(min, Math.min(max, value));
        return from + (clamped - min) / (max - min) * (to - from);
    }
}
