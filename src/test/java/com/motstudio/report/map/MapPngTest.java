package com.motstudio.report.map;

import com.motstudio.model.Channel;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PNG export: the requested size, the chips and curves drawn where the layout puts them. */
class MapPngTest {
    private static Workshop workshop;
    private static JourneyMap map;
    private static BufferedImage image;

    @BeforeAll
    static void render() {
        workshop = SampleJourney.create();
        map = new MapLayout().layout(workshop, MapOptions.of(new Texts(Language.ENGLISH),
                List.of(SampleJourney.CITIZEN, SampleJourney.AGENT)));
        image = MapPng.render(map, (int) Math.ceil(map.width())); // one pixel per map unit
    }

    @Test
    void writesTheRequestedWidth(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("out/map.png");
        MapPng.write(map, 1600, file);
        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(1600);
        assertThat(read.getHeight()).isEqualTo(MapPng.heightFor(map, 1600));
        assertThat(read.getRGB(2, 2) & 0xFFFFFF).as("white background").isEqualTo(0xFFFFFF);
    }

    @Test
    void chipsShowTheirChannelColour() {
        for (Touchpoint touchpoint : workshop.journey().touchpoints()) {
            Rectangle2D chip = map.chipBounds(touchpoint.id()).orElseThrow();
            int x = (int) (chip.getX() + map.style.chipBar / 2 + 1);
            int y = (int) chip.getCenterY();
            assertThat(near(image.getRGB(x, y), Palette.of(touchpoint.channel())))
                    .as("bar of %s (%s)", touchpoint.id(), touchpoint.channel()).isTrue();
            int fillX = (int) (chip.getMaxX() - 3);
            assertThat(near(image.getRGB(fillX, y), Palette.fillOf(touchpoint.channel())))
                    .as("fill of %s", touchpoint.id()).isTrue();
        }
        assertThat(Palette.of(Channel.PHYSICAL)).isNotEqualTo(Palette.of(Channel.DIGITAL));
    }

    @Test
    void eachPointIsDrawnInItsCurvesColour() {
        double r = map.style.radius;
        for (EmotionCurve curve : map.curves) {
            for (int i = 0; i < curve.size(); i++) {
                int x = (int) Math.round(curve.xs()[i]);
                int y = (int) Math.round(curve.ys()[i] - r * 0.8); // above the value's text, inside the marker
                assertThat(near(image.getRGB(x, y), curve.colour())).as("point %s of %s", curve.touchpointIds()[i],
                        curve.customerType().name()).isTrue();
            }
        }
    }

    @Test
    void theCurveLineRunsBetweenItsPoints() {
        // the citizen's curve alone, so the other curve never crosses the spot looked at
        JourneyMap single = new MapLayout().layout(workshop, MapOptions.of(new Texts(Language.ENGLISH),
                List.of(SampleJourney.CITIZEN)));
        BufferedImage image = MapPng.render(single, (int) Math.ceil(single.width()));
        EmotionCurve citizen = single.curves.getFirst();
        int hits = 0;
        for (int i = 0; i + 1 < citizen.size(); i++) {
            if (citizen.scores()[i] == citizen.scores()[i + 1]) { // a flat segment: the line is at that height midway
                int x = (int) Math.round((citizen.xs()[i] + citizen.xs()[i + 1]) / 2);
                int y = (int) Math.round(citizen.ys()[i]);
                assertThat(near(image.getRGB(x, y), citizen.colour())).as("segment after %s", citizen.touchpointIds()[i])
                        .isTrue();
                hits++;
            }
        }
        assertThat(hits).isGreaterThan(3);
    }

    @Test
    void absurdSizesAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> MapPng.render(map, 30_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large").hasMessageContaining("20,000");
        assertThatThrownBy(() -> MapPng.render(map, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 pixel");
    }

    static boolean near(int rgb, Color expected) {
        Color actual = new Color(rgb);
        return Math.abs(actual.getRed() - expected.getRed()) <= 24 && Math.abs(actual.getGreen() - expected.getGreen()) <= 24
                && Math.abs(actual.getBlue() - expected.getBlue()) <= 24;
    }
}
