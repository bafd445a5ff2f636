package com.motstudio.report.chart;

import com.motstudio.text.Texts;

import java.awt.Graphics2D;
import java.util.function.Function;

/** What the KANO and IPA charts share: a scatter spec laid out once per size and painted to fit its box. */
final class ScatterChart {
    private final ChartStyle style;
    private final Remembered<ScatterLayout> layouts;

    ScatterChart(ChartOptions options, Function<Texts, ScatterSpec> spec) {
        this.style = new ChartStyle(options);
        ScatterSpec made = spec.apply(style.texts);
        this.layouts = new Remembered<>(26 * style.s, 20 * style.s, (w, h) -> ScatterLayout.of(made, style, w, h));
    }

    void paint(Graphics2D g, double width, double height) {
        ScatterLayout layout = layout(width, height);
        Fit.paint(g, width, height, layout, g2 -> ScatterPainter.paint(g2, layout, style));
    }

    double preferredHeight(double width) {
        return Math.max(26 * style.s, width * 0.75);
    }

    Texts texts() {
        return style.texts;
    }

    ScatterLayout layout(double width, double height) {
        return layouts.at(width, height);
    }
}
