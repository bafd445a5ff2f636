package com.motstudio.report.chart;

import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PNG export of a chart: the size asked for, white behind, the same drawing at a higher scale, clear refusals. */
class ChartPngTest {
    @Test
    void writesTheBoxAtTheScaleAskedFor(@TempDir Path folder) throws Exception {
        Chart chart = new ServqualChart(ChartSamples.servqual(Language.ENGLISH), ChartOptions.of(new Texts(Language.ENGLISH)));
        Path file = folder.resolve("out/servqual.png");
        ChartPng.write(chart, 600, 400.5, 2, file);
        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(1200);
        assertThat(read.getHeight()).isEqualTo(801);
        assertThat(read.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(read.getRGB(1199, 800) & 0xFFFFFF).as("the last, partly covered row is white too").isEqualTo(0xFFFFFF);
    }

    @Test
    void aHigherScaleDrawsTheSameLayoutSharper() {
        ServqualChart chart = new ServqualChart(ChartSamples.servqual(Language.ENGLISH),
                ChartOptions.of(new Texts(Language.ENGLISH)));
        BufferedImage one = ChartPng.render(chart, 600, 400, 1);
        BufferedImage two = ChartPng.render(chart, 600, 400, 2);
        ServqualLayout.Group group = chart.layout(600, 400).groups.get(1);
        int x = (int) group.perception().getCenterX();
        int y = (int) group.perception().getCenterY();
        assertThat(LayoutChecks.near(one.getRGB(x, y), ChartColours.PERCEPTION)).isTrue();
        assertThat(LayoutChecks.near(two.getRGB(2 * x, 2 * y), ChartColours.PERCEPTION)).isTrue();
    }

    @Test
    void absurdSizesAreRefusedInTheChartsLanguage() {
        Chart chart = new KanoChart(ChartSamples.kano(Language.SIMPLIFIED_CHINESE),
                ChartOptions.of(new Texts(Language.ENGLISH)));
        assertThatThrownBy(() -> ChartPng.render(chart, 30_000, 500, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("30,000").hasMessageContaining("20,000");
        assertThatThrownBy(() -> ChartPng.render(chart, 0, 500, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 pixel");
        Chart chinese = new KanoChart(ChartSamples.kano(Language.SIMPLIFIED_CHINESE),
                ChartOptions.of(new Texts(Language.SIMPLIFIED_CHINESE)));
        assertThatThrownBy(() -> ChartPng.render(chinese, 500, 500, 0)).hasMessageContaining("像素");
    }
}
