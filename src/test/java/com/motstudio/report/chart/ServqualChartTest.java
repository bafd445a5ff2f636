package com.motstudio.report.chart;

import com.motstudio.report.chart.ServqualChart.DimensionBar;
import com.motstudio.report.chart.ServqualLayout.Group;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static com.motstudio.report.chart.LayoutChecks.run;
import static com.motstudio.report.chart.LayoutChecks.runDown;
import static com.motstudio.report.chart.LayoutChecks.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The SERVQUAL chart: bars in proportion to the ratings, gaps about zero in their colours, texts clear. */
class ServqualChartTest {
    private static final int W = 760;
    private static final int H = 460;

    @Test
    void barsAreAsTallAsTheirRatingsAboveTheScaleBottom() {
        ServqualChart.Data data = ChartSamples.servqual(Language.ENGLISH);
        ServqualChart chart = new ServqualChart(data, ChartOptions.of(new Texts(Language.ENGLISH)));
        ServqualLayout layout = chart.layout(W, H);
        assertThat(layout.width()).as("laid out at full size").isEqualTo(W);
        BufferedImage image = ChartPng.render(chart, W, H, 1);
        double from = layout.rating.from(); // where the scale's bottom line is drawn
        int start = (int) Math.floor(from) - 2; // clear of that line's antialiased edge
        double full = from - layout.rating.at(data.scaleMax()); // the height of the whole scale
        for (int i = 0; i < data.dimensions().size(); i++) {
            DimensionBar bar = data.dimensions().get(i);
            Group group = layout.groups.get(i);
            int e = run(image, (int) group.expectation().getCenterX(), start, -1, ChartColours.EXPECTATION);
            int p = run(image, (int) group.perception().getCenterX(), start, -1, ChartColours.PERCEPTION);
            assertThat(from - (start + 1 - e)).as("expectation bar of %s", bar.label())
                    .isCloseTo(full * (bar.expectation() - 1) / 6, within(1.5));
            assertThat(from - (start + 1 - p)).as("perception bar of %s", bar.label())
                    .isCloseTo(full * (bar.perception() - 1) / 6, within(1.5));
        }
    }

    @Test
    void gapsHangFromTheZeroLineRedBelowExpectationGreenAbove() {
        ServqualChart.Data data = ChartSamples.servqual(Language.ENGLISH);
        ServqualChart chart = new ServqualChart(data, ChartOptions.of(new Texts(Language.ENGLISH)));
        ServqualLayout layout = chart.layout(W, H);
        BufferedImage image = ChartPng.render(chart, W, H, 1);
        int zero = (int) Math.round(layout.gap.at(0));
        Scale gap = layout.gap;
        double unit = (gap.from() - gap.to()) / (gap.max() - gap.min()); // chart units per gap point
        Rectangle2D panel = layout.gapPanel;
        for (int i = 0; i < data.dimensions().size(); i++) {
            DimensionBar bar = data.dimensions().get(i);
            int x = (int) layout.groups.get(i).gap().getCenterX();
            int red = runDown(image, x, zero, (int) panel.getMaxY(), ChartColours.BELOW);
            int green = runDown(image, x, (int) panel.getY(), zero, ChartColours.ABOVE);
            if (bar.gap() < 0) {
                assertThat((double) red).as("gap of %s below zero", bar.label()).isCloseTo(-bar.gap() * unit, within(2.0));
                assertThat(green).isZero();
            } else {
                assertThat((double) green).as("gap of %s above zero", bar.label()).isCloseTo(bar.gap() * unit, within(2.0));
                assertThat(red).isZero();
            }
        }
        assertThat(LayoutChecks.near(image.getRGB((int) panel.getCenterX(), zero), ChartColours.ZERO)
                || LayoutChecks.near(image.getRGB((int) panel.getCenterX(), zero - 1), ChartColours.ZERO)).as("zero line").isTrue();
    }

    @Test
    void noTextOverlapsAnotherInAnyLanguageOrSize() {
        for (Language language : Language.values()) {
            ServqualChart chart = new ServqualChart(ChartSamples.servqual(language), ChartOptions.of(new Texts(language)));
            for (int[] size : new int[][]{{W, H}, {480, 320}, {320, 220}, {1400, 380}}) {
                LayoutChecks.textsAreClear(chart.layout(size[0], size[1]));
            }
        }
    }

    @Test
    void longChineseNamesWrapUnderTheirColumn() {
        ServqualChart chart = new ServqualChart(ChartSamples.servqual(Language.SIMPLIFIED_CHINESE),
                ChartOptions.of(new Texts(Language.SIMPLIFIED_CHINESE)));
        ServqualLayout layout = chart.layout(W, H);
        List<PlacedText> names = texts(layout, "dimension");
        assertThat(names).hasSize(5).allSatisfy(n -> assertThat(n.text().lines()).hasSizeBetween(2, 3));
        assertThat(names.getFirst().joined()).isEqualTo("有形性（大厅环境、设施与指引标识）");
        double column = layout.ratingPanel.getWidth() / 5;
        assertThat(names).allSatisfy(n -> assertThat(n.box().getWidth()).isLessThan(column));
    }

    @Test
    void manyItemsAreNumberedWithAKey() {
        List<DimensionBar> items = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            items.add(DimensionBar.of("第 " + i + " 题：工作人员能及时回应办事群众的咨询", 5.5 + (i % 3) * 0.4, 5.0 + (i % 4) * 0.3));
        }
        ServqualChart chart = new ServqualChart(new ServqualChart.Data(items, 1, 7),
                ChartOptions.of(new Texts(Language.SIMPLIFIED_CHINESE)));
        ServqualLayout layout = chart.layout(W, H);
        assertThat(layout.numbered).isTrue();
        assertThat(texts(layout, "dimension")).extracting(PlacedText::joined).startsWith("1", "2", "3");
        assertThat(texts(layout, "key label")).hasSize(22).first().extracting(PlacedText::joined)
                .isEqualTo("第 1 题：工作人员能及时回应办事群众的咨询");
        LayoutChecks.textsAreClear(layout);
    }

    @Test
    void oneDimensionAndNoneAtAll() {
        Texts texts = new Texts(Language.ENGLISH);
        ServqualChart one = new ServqualChart(new ServqualChart.Data(List.of(DimensionBar.of("Reliability", 4.2, 3.1)), 1, 5),
                ChartOptions.of(texts));
        ServqualLayout layout = one.layout(W, H);
        assertThat(layout.groups).hasSize(1);
        assertThat(layout.groups.getFirst().perception().getWidth()).as("a lone bar keeps a bar's width")
                .isLessThan(3 * 12);
        assertThat(texts(layout, "gap value")).extracting(PlacedText::joined).containsExactly("\u22121.10");
        LayoutChecks.textsAreClear(layout);

        ServqualChart none = new ServqualChart(new ServqualChart.Data(List.of(), 1, 7), ChartOptions.of(texts));
        ServqualLayout empty = none.layout(600, 300);
        assertThat(texts(empty, "no data")).singleElement().extracting(PlacedText::joined).asString()
                .startsWith("No SERVQUAL answers yet.");
        assertThat(empty.groups).isEmpty();
        BufferedImage image = ChartPng.render(none, 600, 300, 1);
        assertThat(LayoutChecks.hasInk(image, texts(empty, "no data").getFirst().box())).isTrue();
        LayoutChecks.textsAreClear(empty);
    }
}
