package com.motstudio.report.chart;

import com.motstudio.report.chart.ScatterLayout.Region;
import com.motstudio.report.chart.ScatterPoints.Marker;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static com.motstudio.report.chart.LayoutChecks.near;
import static com.motstudio.report.chart.LayoutChecks.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The KANO Better–Worse diagram: points where their coefficients put them, four named regions, labels clear. */
class KanoChartTest {
    private static final int W = 640;
    private static final int H = 520;

    @Test
    void eachNeedIsDrawnAtItsWorseAndBetterInItsCategoryColour() {
        KanoChart.Data data = ChartSamples.kano(Language.ENGLISH);
        KanoChart chart = new KanoChart(data, ChartOptions.of(new Texts(Language.ENGLISH)));
        ScatterLayout layout = chart.layout(W, H);
        assertThat(layout.width()).isEqualTo(W);
        BufferedImage image = ChartPng.render(chart, W, H, 1);
        Rectangle2D plot = layout.plot;
        for (int i = 0; i < data.points().size(); i++) {
            KanoChart.Point point = data.points().get(i);
            double x = plot.getX() + Math.abs(point.worse()) * plot.getWidth();
            double y = plot.getMaxY() - point.better() * plot.getHeight();
            Marker marker = layout.points.markers.get(i);
            assertThat(marker.x()).isCloseTo(x, within(0.01));
            assertThat(marker.y()).isCloseTo(y, within(0.01));
            assertThat(near(image.getRGB((int) Math.round(x), (int) Math.round(y)), marker.colour()))
                    .as("marker of %s", point.label()).isTrue();
        }
        // categories named like the regions take the region's ink: a need outside its region stands out
        Marker assisted = layout.points.markers.get(3); // attractive, but in the indifferent region
        assertThat(assisted.colour()).isEqualTo(ChartColours.NAME_BLUE);
        assertThat(layout.points.markers.get(6).colour()).isEqualTo(ChartColours.NAME_RED);
        assertThat(LayoutChecks.texts(layout, "legend")).extracting(PlacedText::joined)
                .containsExactly("Most frequent category:", "Attractive", "One-dimensional", "Must-be", "Indifferent");
    }

    @Test
    void theFourRegionsAreShadedAndNamed() {
        KanoChart chart = new KanoChart(ChartSamples.kano(Language.SIMPLIFIED_CHINESE),
                ChartOptions.of(new Texts(Language.SIMPLIFIED_CHINESE)));
        ScatterLayout layout = chart.layout(W, H);
        BufferedImage image = ChartPng.render(chart, W, H, 1);
        assertThat(layout.regions).extracting(r -> r.name().joined())
                .containsExactly("魅力属性", "期望属性", "无差异属性", "必备属性");
        for (Region region : layout.regions) {
            assertThat(LayoutChecks.share(image, region.area(), region.quadrant().tint()))
                    .as("shading of %s", region.name().joined()).isGreaterThan(0.6);
        }
        Region attractive = layout.regions.getFirst();
        assertThat(attractive.area().getMaxX()).as("split at |Worse| 0.5")
                .isCloseTo(layout.plot.getCenterX(), within(0.01));
        assertThat(attractive.name().box().getMinX()).isLessThan(layout.plot.getX() + 12);
        assertThat(attractive.name().box().getMinY()).isLessThan(layout.plot.getY() + 12);
        assertThat(texts(layout, "tick")).extracting(PlacedText::joined).contains("0.0", "0.5", "1.0");
    }

    @Test
    void labelsAreClearInEveryLanguageAndSize() {
        for (Language language : Language.values()) {
            KanoChart chart = new KanoChart(ChartSamples.kano(language), ChartOptions.of(new Texts(language)));
            for (int[] size : new int[][]{{W, H}, {420, 360}, {900, 420}}) {
                ScatterLayout layout = chart.layout(size[0], size[1]);
                LayoutChecks.textsAreClear(layout);
                for (PlacedText label : texts(layout, "point label")) {
                    assertThat(layout.plot.contains(label.box())).as(label.joined()).isTrue();
                }
            }
        }
    }

    @Test
    void onePointAndNone() {
        Texts texts = new Texts(Language.TRADITIONAL_CHINESE);
        KanoChart one = new KanoChart(new KanoChart.Data(List.of(new KanoChart.Point("線上預審", 0.7, -0.3, "魅力品質"))),
                ChartOptions.of(texts));
        ScatterLayout layout = one.layout(W, H);
        assertThat(texts(layout, "point label")).extracting(PlacedText::joined).containsExactly("線上預審");
        assertThat(layout.points.markers.getFirst().colour()).isEqualTo(ChartColours.NAME_BLUE);
        LayoutChecks.textsAreClear(layout);

        KanoChart none = new KanoChart(new KanoChart.Data(List.of()), ChartOptions.of(texts));
        ScatterLayout empty = none.layout(W, 300);
        assertThat(texts(empty, "no data")).singleElement().extracting(PlacedText::joined).asString()
                .startsWith("尚無 KANO 問卷資料");
        assertThat(LayoutChecks.hasInk(ChartPng.render(none, W, 300, 1), texts(empty, "no data").getFirst().box()))
                .isTrue();
    }
}
