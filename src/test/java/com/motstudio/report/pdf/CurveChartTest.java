package com.motstudio.report.pdf;

import com.motstudio.model.Workshop;
import com.motstudio.report.BundledFont;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The emotion chart's legend: one row when it fits, more rather than over the peak-and-end key. */
class CurveChartTest {
    private final Texts texts = new Texts(Language.ENGLISH);
    private final Workshop workshop = ExportFixture.create(Language.ENGLISH);
    private final CurveChart chart = new CurveChart(workshop.journey().stages(), workshop.customerTypes(), texts);

    @Test
    void theLegendWrapsBeforeThePeakAndEndKeyAndStaysOneRowWhenItFits() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setFont(BundledFont.of(7.5f));
        FontMetrics fm = g.getFontMetrics();
        double keyWidth = fm.stringWidth(texts.get("export.curves.key"));
        assertThat(workshop.customerTypes()).hasSizeGreaterThanOrEqualTo(3);

        List<Point2D> wide = chart.legend(fm, 2000, 20, keyWidth);
        assertThat(wide).extracting(Point2D::getY).containsOnly(0.0);

        double narrow = 300; // the slide's chart at 1024 px, in the chart's own units
        List<Point2D> places = chart.legend(fm, narrow, 20, keyWidth);
        assertThat(places.getLast().getY()).isPositive();
        for (int i = 0; i < places.size(); i++) {
            double end = places.get(i).getX() + 18 + fm.stringWidth(workshop.customerTypes().get(i).name());
            assertThat(end).as("entry %s", i).isLessThanOrEqualTo(places.get(i).getY() == 0 ? narrow - keyWidth : narrow);
        }
        g.dispose();
    }
}
