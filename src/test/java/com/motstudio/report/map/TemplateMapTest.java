package com.motstudio.report.map;

import com.motstudio.method.PeakEnd;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Templates;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The government-hall template's map, as a trainer exports it, in each language: every chip in its
 * channel colour, the peak and end points on the curve, and written to {@code docs/screenshots}
 * when {@code -Dmot.screenshots=docs/screenshots} is given (otherwise to the build folder).
 */
class TemplateMapTest {
    @ParameterizedTest
    @EnumSource(Language.class)
    void theGovernmentHallMapShowsEveryTouchpointAndItsPeakAndEnd(Language language) throws Exception {
        Workshop workshop = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", language)).workshop();
        String citizen = workshop.customerTypes().getFirst().id();
        JourneyMap map = new MapLayout().layout(workshop, MapOptions.of(new Texts(language), List.of(citizen)));
        int width = 2400;
        BufferedImage image = MapPng.render(map, width);
        double scale = width / map.width();

        for (Touchpoint tp : workshop.journey().touchpoints()) {
            Rectangle2D chip = map.chipBounds(tp.id()).orElseThrow();
            int x = (int) ((chip.getX() + map.style.chipBar / 2 + 0.5) * scale);
            int y = (int) (chip.getCenterY() * scale);
            assertThat(MapPngTest.near(image.getRGB(x, y), Palette.of(tp.channel()))).as("chip of %s", tp.name()).isTrue();
        }
        var peakEnd = PeakEnd.of(workshop.journey(), citizen).orElseThrow();
        assertThat(map.peakEnd(citizen)).contains(peakEnd);
        for (var point : List.of(peakEnd.lowest(), peakEnd.end())) {
            Point2D at = map.pointOf(citizen, point.touchpointId()).orElseThrow();
            int rgb = image.getRGB((int) (at.getX() * scale), (int) (at.getY() * scale));
            assertThat(rgb & 0xFFFFFF).as("a drawn point at %s", point.touchpointId()).isNotEqualTo(0xFFFFFF);
        }
        Path out = Path.of(System.getProperty("mot.screenshots", System.getProperty("mot.buildDir", "target") + "/screenshots"));
        Files.createDirectories(out);
        ImageIO.write(image, "png", out.resolve("map-government-" + language.tag() + ".png").toFile());
    }
}
