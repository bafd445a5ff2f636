package com.motstudio.report.chart;

import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every chart in every language, written as PNG; to look at them, run with
 * {@code -Dmot.chartGallery=/tmp} and open the chart-*.png files there.
 */
class ChartGalleryTest {
    @Test
    void everyChartRendersInEveryLanguage(@TempDir Path temp) throws Exception {
        String wanted = System.getProperty("mot.chartGallery");
        Path folder = wanted == null || wanted.isBlank() ? temp : Path.of(wanted);
        for (Language language : Language.values()) {
            ChartOptions options = ChartOptions.of(new Texts(language));
            String tag = language.tag();
            List<Object[]> charts = List.of(
                    new Object[]{"servqual", new ServqualChart(ChartSamples.servqual(language), options), 760, 460},
                    new Object[]{"kano", new KanoChart(ChartSamples.kano(language), options), 640, 520},
                    new Object[]{"ipa", new IpaChart(ChartSamples.ipa(language), options), 640, 520},
                    new Object[]{"ipa-crowded", new IpaChart(ChartSamples.crowdedIpa(22), options), 760, 560},
                    new Object[]{"score", new ScoreChart(ChartSamples.scores(language, 8), options), 760, 0},
                    new Object[]{"servqual-empty", new ServqualChart(new ServqualChart.Data(List.of(), 1, 7), options), 600, 300},
                    new Object[]{"servqual-small", new ServqualChart(ChartSamples.servqual(language), options), 320, 220},
                    new Object[]{"ipa-one", new IpaChart(IpaChart.Data.atMeans(ChartSamples.ipa(language).points()
                            .subList(0, 1), 1, 5), options), 480, 380},
                    new Object[]{"kano-empty", new KanoChart(new KanoChart.Data(List.of()), options), 480, 380},
                    new Object[]{"score-empty", new ScoreChart(new ScoreChart.Data(List.of(), List.of()), options), 600, 0});
            for (Object[] c : charts) {
                Chart chart = (Chart) c[1];
                int width = (Integer) c[2];
                double height = (Integer) c[3] == 0 ? chart.preferredHeight(width) : (Integer) c[3];
                Path file = folder.resolve("chart-" + c[0] + "-" + tag + ".png");
                ChartPng.write(chart, width, height, 1.5, file);
                assertThat(Files.size(file)).as(file.toString()).isGreaterThan(1000);
            }
        }
    }
}
