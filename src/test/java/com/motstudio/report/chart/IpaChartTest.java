package com.motstudio.report.chart;

import com.motstudio.report.chart.ScatterLayout.Region;
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

/** The IPA chart: cross-hairs where asked, quadrants shaded and named, every point labelled or numbered. */
class IpaChartTest {
    private static final int W = 640;
    private static final int H = 520;

    @Test
    void crossHairsAtTheMeansSplitTheQuadrants() {
        IpaChart.Data data = ChartSamples.ipa(Language.ENGLISH);
        double meanPerformance = data.points().stream().mapToDouble(IpaChart.Point::performance).average().orElseThrow();
        double meanImportance = data.points().stream().mapToDouble(IpaChart.Point::importance).average().orElseThrow();
        assertThat(data.crossPerformance()).isEqualTo(meanPerformance);
        IpaChart chart = new IpaChart(data, ChartOptions.of(new Texts(Language.ENGLISH)));
        ScatterLayout layout = chart.layout(W, H);
        Region keepUp = layout.regions.get(1);
        assertThat(keepUp.area().getX()).isCloseTo(layout.plot.getX() + (meanPerformance - 1) / 4 * layout.plot.getWidth(),
                within(0.01));
        assertThat(keepUp.area().getMaxY()).isCloseTo(layout.plot.getMaxY() - (meanImportance - 1) / 4
                * layout.plot.getHeight(), within(0.01));
        assertThat(layout.regions).extracting(r -> r.name().joined())
                .containsExactly("Concentrate here", "Keep up the good work", "Low priority", "Possible overkill");
        assertThat(texts(layout, "note")).singleElement().extracting(PlacedText::joined).asString()
                .contains("data means", "3.59", "3.82");
        BufferedImage image = ChartPng.render(chart, W, H, 1);
        for (Region region : layout.regions) {
            assertThat(LayoutChecks.share(image, region.area(), region.quadrant().tint()))
                    .as("shading of %s", region.name().joined()).isGreaterThan(0.6);
        }
        for (int i = 0; i < data.points().size(); i++) {
            IpaChart.Point point = data.points().get(i);
            int x = (int) Math.round(layout.plot.getX() + (point.performance() - 1) / 4 * layout.plot.getWidth());
            int y = (int) Math.round(layout.plot.getMaxY() - (point.importance() - 1) / 4 * layout.plot.getHeight());
            assertThat(near(image.getRGB(x, y), layout.points.markers.get(i).colour())).as(point.label()).isTrue();
        }
        assertThat(layout.numbered).isFalse();
        assertThat(texts(layout, "point label")).hasSize(data.points().size());
    }

    @Test
    void pointsTakeTheirQuadrantsColour() {
        IpaChart chart = new IpaChart(ChartSamples.ipa(Language.ENGLISH), ChartOptions.of(new Texts(Language.ENGLISH)));
        ScatterLayout layout = chart.layout(W, H);
        assertThat(layout.points.markers.get(4).colour()).as("waiting: important, poor").isEqualTo(ChartColours.NAME_RED);
        assertThat(layout.points.markers.get(1).colour()).as("counter intake").isEqualTo(ChartColours.NAME_GREEN);
        assertThat(layout.points.markers.get(8).colour()).as("car park").isEqualTo(ChartColours.NAME_GREY);
        assertThat(layout.points.markers.get(10).colour()).as("rating device").isEqualTo(ChartColours.NAME_AMBER);
    }

    @Test
    void midpointsPutTheCrossAtTheScalesMiddle() {
        IpaChart.Data data = IpaChart.Data.atMidpoints(ChartSamples.ipa(Language.SIMPLIFIED_CHINESE).points(), 1, 7);
        IpaChart chart = new IpaChart(data, ChartOptions.of(new Texts(Language.SIMPLIFIED_CHINESE)));
        ScatterLayout layout = chart.layout(W, H);
        assertThat(layout.regions.get(1).area().getX()).isCloseTo(layout.plot.getCenterX(), within(0.01));
        assertThat(texts(layout, "note").getFirst().joined()).isEqualTo("十字线位于量表中点：两轴均为 4.0。");
        assertThat(texts(layout, "tick")).extracting(PlacedText::joined).contains("1", "4", "7");

        IpaChart.Data fixed = new IpaChart.Data(data.points(), 3.5, 4.25, 1, 7, IpaChart.CrossAt.FIXED);
        ScatterLayout chosen = new IpaChart(fixed, ChartOptions.of(new Texts(Language.ENGLISH))).layout(W, H);
        assertThat(texts(chosen, "note").getFirst().joined())
                .isEqualTo("Cross-hairs set by the team: performance 3.50, importance 4.25.");
    }

    @Test
    void aCrowdedChartNumbersItsPointsAndListsThem() {
        IpaChart.Data data = ChartSamples.crowdedIpa(22);
        for (int[] size : new int[][]{{760, 560}, {520, 640}}) {
            IpaChart chart = new IpaChart(data, ChartOptions.of(new Texts(Language.SIMPLIFIED_CHINESE)));
            ScatterLayout layout = chart.layout(size[0], size[1]);
            assertThat(layout.numbered).isTrue();
            List<String> numbers = texts(layout, "point label").stream().map(PlacedText::joined).toList();
            assertThat(numbers).contains("1, 23").hasSize(22); // the last point sits on the first
            assertThat(texts(layout, "key label")).extracting(PlacedText::joined).hasSize(23)
                    .startsWith("触点 1：窗口工作人员主动说明办理时限与所需材料");
            LayoutChecks.textsAreClear(layout);
        }
    }

    @Test
    void labelsAreClearInEveryLanguageAndSize() {
        for (Language language : Language.values()) {
            IpaChart chart = new IpaChart(ChartSamples.ipa(language), ChartOptions.of(new Texts(language)));
            for (int[] size : new int[][]{{W, H}, {400, 340}, {1000, 400}, {300, 600}}) {
                ScatterLayout layout = chart.layout(size[0], size[1]);
                LayoutChecks.textsAreClear(layout);
                for (Region region : layout.regions) {
                    Rectangle2D name = region.name().box();
                    assertThat(layout.points.markers).as("%s clear of the points", region.name().joined())
                            .noneMatch(m -> name.intersects(m.x() - 4, m.y() - 4, 8, 8));
                }
            }
        }
    }

    @Test
    void onePointAndNone() {
        Texts texts = new Texts(Language.ENGLISH);
        IpaChart one = new IpaChart(IpaChart.Data.atMeans(List.of(new IpaChart.Point("Help desk", 4.1, 3.9)), 1, 5),
                ChartOptions.of(texts));
        ScatterLayout layout = one.layout(W, H);
        assertThat(texts(layout, "point label")).extracting(PlacedText::joined).containsExactly("Help desk");
        LayoutChecks.textsAreClear(layout);

        IpaChart none = new IpaChart(IpaChart.Data.atMeans(List.of(), 1, 5), ChartOptions.of(texts));
        ScatterLayout empty = none.layout(W, 300);
        assertThat(texts(empty, "no data")).singleElement().extracting(PlacedText::joined).asString()
                .startsWith("No importance and performance ratings yet.");
        assertThat(texts(empty, "note")).isEmpty();
    }
}
