package com.motstudio.report.chart;

import com.motstudio.report.chart.ScoreChart.Row;
import com.motstudio.report.chart.ScoreChart.Segment;
import com.motstudio.report.chart.ScoreLayout.Piece;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static com.motstudio.report.chart.LayoutChecks.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The score ranking: highest first, the top N, each trait's part as long as its points, texts clear. */
class ScoreChartTest {
    private static final int W = 760;

    @Test
    void rowsAreRankedAndCutToTheTop() {
        ScoreChart.Data data = ChartSamples.scores(Language.ENGLISH, 8);
        assertThat(data.shown()).hasSize(8);
        assertThat(data.shown()).extracting(Row::total).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        ScoreChart chart = new ScoreChart(data, ChartOptions.of(new Texts(Language.ENGLISH)));
        ScoreLayout layout = chart.layout(W, chart.preferredHeight(W));
        assertThat(texts(layout, "title")).singleElement().extracting(PlacedText::joined)
                .isEqualTo("Moment-of-truth score: top 8 of 12 touchpoints");
        assertThat(texts(layout, "rank")).extracting(PlacedText::joined).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(texts(layout, "total").getFirst().joined()).isEqualTo("91.7");
        assertThat(String.join(" ", texts(layout, "row label").get(2).text().lines()))
                .isEqualTo("Document check and everything told at once");
    }

    @Test
    void eachTraitsPartIsAsLongAsItsPoints() {
        ScoreChart.Data data = ChartSamples.scores(Language.SIMPLIFIED_CHINESE, 10);
        ScoreChart chart = new ScoreChart(data, ChartOptions.of(new Texts(Language.SIMPLIFIED_CHINESE)));
        double height = chart.preferredHeight(W);
        ScoreLayout layout = chart.layout(W, height);
        assertThat(layout.width()).isEqualTo(W);
        BufferedImage image = ChartPng.render(chart, W, height, 1);
        double unit = layout.bars.getWidth() / 100;
        int piece = 0;
        for (Row row : data.shown()) {
            for (Segment segment : row.segments()) {
                if (segment.points() <= 0) {
                    continue;
                }
                Piece drawn = layout.pieces.get(piece++);
                int trait = data.segmentLabels().indexOf(segment.label());
                assertThat(drawn.colour()).isEqualTo(ChartColours.series(trait));
                int y = (int) (drawn.box().getY() + 2); // above any value written in the piece
                int run = LayoutChecks.runAcross(image, y, (int) drawn.box().getX() - 2, (int) drawn.box().getMaxX() + 2,
                        drawn.colour());
                double separators = 1.2; // the white hairlines between traits take a pixel
                assertThat(run + separators).as("%s of %s", segment.label(), row.label())
                        .isCloseTo(segment.points() * unit, within(2.0));
            }
        }
        assertThat(piece).isEqualTo(layout.pieces.size());
    }

    @Test
    void textsAreClearAndLongNamesWrap() {
        for (Language language : Language.values()) {
            ScoreChart chart = new ScoreChart(ChartSamples.scores(language, 12), ChartOptions.of(new Texts(language)));
            for (int width : new int[]{W, 480, 1200}) {
                ScoreLayout layout = chart.layout(width, chart.preferredHeight(width));
                assertThat(layout.fits()).isTrue();
                assertThat(layout.width()).as("the preferred height needs no scaling").isEqualTo(width);
                LayoutChecks.textsAreClear(layout);
            }
            LayoutChecks.textsAreClear(chart.layout(400, 200)); // too small: scaled down, still clear
        }
        ScoreChart chart = new ScoreChart(ChartSamples.scores(Language.SIMPLIFIED_CHINESE, 12),
                ChartOptions.of(new Texts(Language.SIMPLIFIED_CHINESE)));
        PlacedText first = texts(chart.layout(480, chart.preferredHeight(480)), "row label").getFirst();
        assertThat(first.text().lines()).hasSizeGreaterThan(1);
        assertThat(first.joined()).isEqualTo("等候叫号（大屏不显示预计等候时间）");
    }

    @Test
    void aRowWithoutBreakdownAndNoRowsAtAll() {
        Texts texts = new Texts(Language.ENGLISH);
        ScoreChart one = new ScoreChart(new ScoreChart.Data(List.of(new Row("Counter intake", 62.5, List.of())), List.of()),
                ChartOptions.of(texts));
        ScoreLayout layout = one.layout(W, one.preferredHeight(W));
        assertThat(layout.pieces).singleElement().satisfies(p ->
                assertThat(p.box().getWidth()).isCloseTo(layout.bars.getWidth() * 0.625, within(0.01)));
        assertThat(texts(layout, "title").getFirst().joined()).isEqualTo("Moment-of-truth score");
        LayoutChecks.textsAreClear(layout);

        ScoreChart none = new ScoreChart(new ScoreChart.Data(List.of(), List.of("Emotional impact")), ChartOptions.of(texts));
        assertThat(none.preferredHeight(W)).as("room for the sentence, no more").isBetween(100.0, 240.0);
        ScoreLayout empty = none.layout(W, 240);
        assertThat(texts(empty, "no data")).singleElement().extracting(PlacedText::joined).asString()
                .startsWith("No touchpoint has been scored yet.");
        assertThat(texts(empty, "legend")).isEmpty();
        assertThat(LayoutChecks.hasInk(ChartPng.render(none, W, 240, 1), texts(empty, "no data").getFirst().box())).isTrue();
    }
}
