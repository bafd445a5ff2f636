package com.motstudio.report.chart;

import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static com.motstudio.report.chart.LayoutChecks.near;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The room's mean curve with its band of ±1 SD: the band where the means and spreads put it, nothing when no one answered. */
class SpreadChartTest {
    private static final int W = 640;
    private static final int H = 420;
    /** Halfway between the second and third of three items: only the band is drawn there. */
    private static final int BETWEEN = W / 2 + 60;

    @Test
    void theBandIsAsTallAsTwoSpreadsAndCentredOnTheMean() {
        int[] narrow = band(render(3, 1.0), BETWEEN);
        int[] wide = band(render(3, 2.0), BETWEEN);
        int[] level = band(render(0, 1.0), BETWEEN);
        int narrowHeight = narrow[1] - narrow[0];
        assertThat(narrowHeight).isGreaterThan(20);
        assertThat((double) wide[1] - wide[0]).isCloseTo(2.0 * narrowHeight, within(3.0));
        // the same scale: three answers' points up is one and a half times the height of two (±1)
        double centreShift = (level[0] + level[1]) / 2.0 - (narrow[0] + narrow[1]) / 2.0;
        assertThat(centreShift).isCloseTo(1.5 * narrowHeight, within(3.0));
        int[] low = band(render(-3, 1.0), BETWEEN);
        assertThat((low[0] + low[1]) / 2.0 - (level[0] + level[1]) / 2.0).isCloseTo(centreShift, within(2.0));
    }

    @Test
    void aSpreadBeyondTheScaleStopsAtItsEnd() {
        int[] top = band(render(4.5, 3.0), BETWEEN);
        int[] full = band(render(0, 5.0), BETWEEN);
        assertThat(top[0]).isCloseTo(full[0], org.assertj.core.api.Assertions.within(1));
        assertThat(top[1]).isLessThan(full[1]);
    }

    @Test
    void noAnswersDrawTheNoDataFrameAndNoCurve() {
        SpreadChart chart = new SpreadChart(data(List.of(new SpreadChart.Point("A", null, null, "0"),
                new SpreadChart.Point("B", null, null, "0"))), ChartOptions.of(new Texts(Language.ENGLISH)));
        BufferedImage image = ChartPng.render(chart, W, H, 1);
        assertThat(exactly(image, SpreadChart.BAND)).isZero();
        assertThat(exactly(image, SpreadChart.LINE)).isZero();
        assertThat(count(image, ChartColours.MUTED)).as("the sentence").isGreaterThan(20);
    }

    @Test
    void aGapBreaksTheCurveAndThirtyLongNamesStillDraw() {
        List<SpreadChart.Point> points = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            points.add(new SpreadChart.Point("客户在柜台前等候叫号的第 " + i + " 个环节", i == 10 ? null : (i % 11) - 5.0, 1.0, "12"));
        }
        SpreadChart chart = new SpreadChart(data(points), ChartOptions.of(new Texts(Language.SIMPLIFIED_CHINESE)));
        BufferedImage image = ChartPng.render(chart, W, H, 1);
        assertThat(count(image, SpreadChart.BAND)).isGreaterThan(1000);
        assertThat(exactly(image, SpreadChart.LINE)).isGreaterThan(100);
    }

    private static BufferedImage render(double mean, double spread) {
        List<SpreadChart.Point> points = IntStream.range(0, 3)
                .mapToObj(i -> new SpreadChart.Point("Item " + i, mean, spread, "n = 4")).toList();
        return ChartPng.render(new SpreadChart(data(points), ChartOptions.of(new Texts(Language.ENGLISH))), W, H, 1);
    }

    private static SpreadChart.Data data(List<SpreadChart.Point> points) {
        return new SpreadChart.Data("Mean emotion", "Mean", "±1 SD", points, -5, 5, true);
    }

    /** The first and last row of the band's colour down a column. */
    private static int[] band(BufferedImage image, int x) {
        int first = -1, last = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            if (near(image.getRGB(x, y), SpreadChart.BAND)) {
                first = first < 0 ? y : first;
                last = y;
            }
        }
        assertThat(first).as("band in column %d", x).isNotNegative();
        return new int[]{first, last};
    }

    /** Pixels of exactly the colour: the curve's, not the antialiased edges of dark text. */
    private static int exactly(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        return n;
    }

    private static int count(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += near(image.getRGB(x, y), colour) ? 1 : 0;
            }
        }
        return n;
    }
}
