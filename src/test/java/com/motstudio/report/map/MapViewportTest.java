package com.motstudio.report.map;

import com.motstudio.bench.LargeWorkshop;
import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Painting a window onto a 1,000-touchpoint map draws what the window shows, quickly. */
class MapViewportTest {
    @Test
    void aViewportOfAThousandTouchpointsPaintsItsChipsFast() {
        Workshop large = LargeWorkshop.of(10, 100, 11);
        JourneyMap map = new MapLayout().layout(large, MapOptions.of(new Texts(Language.SIMPLIFIED_CHINESE),
                List.of("ct-citizen")));
        String target = "tp-06-0042";
        Rectangle2D chip = map.chipBounds(target).orElseThrow();
        double zoom = 1.5;
        double mapX = chip.getX() - 300;
        double mapY = 0;
        BufferedImage view = new BufferedImage(1400, 900, BufferedImage.TYPE_INT_ARGB_PRE);
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            paint(view, map, zoom, mapX, mapY, target);
            best = Math.min(best, System.nanoTime() - start);
        }
        int x = (int) ((chip.getX() + map.style.chipBar / 2 + 0.5 - mapX) * zoom);
        int y = (int) ((chip.getCenterY() - mapY) * zoom);
        var touchpoint = large.journey().touchpoints().stream().filter(t -> t.id().equals(target)).findFirst().orElseThrow();
        assertThat(new Color(view.getRGB(x, y))).isEqualTo(new Color(Palette.of(touchpoint.channel()).getRGB()));
        int edge = (int) ((chip.getMaxX() - mapX) * zoom);
        assertThat(amberish(view.getRGB(edge, y))).as("selected chip ringed").isTrue();
        // a 150,000-unit-wide map: painting all of it would take seconds; a viewport takes milliseconds
        assertThat(map.width()).isGreaterThan(100_000);
        assertThat(best / 1_000_000).as("ms to paint a viewport").isLessThan(150);
    }

    private static void paint(BufferedImage view, JourneyMap map, double zoom, double mapX, double mapY, String selected) {
        Graphics2D g = view.createGraphics();
        try {
            g.setClip(0, 0, view.getWidth(), view.getHeight());
            g.transform(MapPainter.view(zoom, mapX, mapY));
            MapPainter.paint(g, map, selected);
        } finally {
            g.dispose();
        }
    }

    private static boolean amberish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getGreen() > 130 && c.getGreen() < 215 && c.getBlue() < 90;
    }
}
