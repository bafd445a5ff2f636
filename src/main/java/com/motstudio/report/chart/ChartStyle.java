package com.motstudio.report.chart;

import com.motstudio.report.map.LineBreaker;
import com.motstudio.report.map.TextBlock;
import com.motstudio.text.Texts;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * The fonts and spacings of a chart, all proportional to the base font size. Not thread-safe (the
 * line breaker remembers widths); each chart has its own.
 */
final class ChartStyle {
    final Texts texts;
    final boolean titled;
    final Font base;
    final Font small;
    final Font smallBold;
    final Font bold;
    final Font title;
    final LineBreaker breaker;
    /** The base font size: the unit of every spacing below. */
    final double s;
    final double margin;
    final double pad;
    final double tick;
    final double marker;
    final double swatch;

    ChartStyle(ChartOptions options) {
        this.texts = options.texts();
        this.titled = options.titled();
        this.base = options.font().deriveFont(Font.PLAIN);
        float size = base.getSize2D();
        this.small = base.deriveFont(size * 0.86f);
        this.smallBold = base.deriveFont(Font.BOLD, size * 0.86f);
        this.bold = base.deriveFont(Font.BOLD);
        this.title = base.deriveFont(Font.BOLD, size * 1.3f);
        this.breaker = new LineBreaker(new FontRenderContext(null, true, true));
        this.s = size;
        this.margin = 1.0 * size;
        this.pad = 0.5 * size;
        this.tick = 0.35 * size;
        this.marker = 0.4 * size;
        this.swatch = 0.85 * size;
    }

    /**
     * Draws a chart's title at the top margin when titles are on, wrapped to the chart's width (a
     * narrow chart's title takes two lines), and returns where what follows starts.
     */
    double title(java.awt.Graphics2D g, String text, double width, double top) {
        if (!titled || text.isEmpty()) {
            return top;
        }
        g.setColor(ChartColours.INK);
        TextBlock block = wrap(text, title, width - 2 * margin);
        block.draw(g, margin, top);
        return top + block.height() + lineHeight(title) * 0.3;
    }

    TextBlock wrap(String text, Font font, double maxWidth) {
        return breaker.wrap(text == null ? "" : text, font, Math.max(1, maxWidth));
    }

    /** One line, never wrapped: for numbers and other short texts. */
    TextBlock line(String text, Font font) {
        return breaker.wrap(text, font, Double.MAX_VALUE / 4);
    }

    double width(String text, Font font) {
        return TextBlock.measure(text, font, breaker.frc());
    }

    /** The height of one line of a font. */
    double lineHeight(Font font) {
        return line("0", font).lineHeight();
    }
}
