package com.motstudio.report.chart;

import com.motstudio.report.map.TextBlock;

import java.awt.Color;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks every chart's layout must pass: texts inside the box, within their wrap width, never on top of each other. */
final class LayoutChecks {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final double EPS = 0.01;

    private LayoutChecks() {}

    static void textsAreClear(ChartLayout layout) {
        List<PlacedText> texts = layout.texts().stream().filter(t -> !t.text().isEmpty()).toList();
        Rectangle2D box = new Rectangle2D.Double(0, 0, layout.width(), layout.height());
        for (PlacedText text : texts) {
            for (String line : text.text().lines()) {
                assertThat(TextBlock.measure(line, text.text().font(), FRC)).as("%s line '%s'", text.what(), line)
                        .isLessThanOrEqualTo(text.text().maxWidth() + EPS);
            }
            assertThat(box.contains(shrunk(text.box()))).as("%s '%s' inside the chart: %s", text.what(), text.joined(),
                    text.box()).isTrue();
        }
        for (int a = 0; a < texts.size(); a++) {
            for (int b = a + 1; b < texts.size(); b++) {
                PlacedText one = texts.get(a);
                PlacedText other = texts.get(b);
                assertThat(shrunk(one.box()).intersects(shrunk(other.box())))
                        .as("%s '%s' %s overlaps %s '%s' %s", one.what(), one.joined(), one.box(), other.what(),
                                other.joined(), other.box()).isFalse();
            }
        }
    }

    /** Boxes that only touch do not overlap. */
    private static Rectangle2D shrunk(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + EPS, r.getY() + EPS, r.getWidth() - 2 * EPS, r.getHeight() - 2 * EPS);
    }

    static List<PlacedText> texts(ChartLayout layout, String what) {
        return layout.texts().stream().filter(t -> t.what().equals(what)).toList();
    }

    static boolean near(int rgb, Color expected) {
        Color actual = new Color(rgb);
        return Math.abs(actual.getRed() - expected.getRed()) <= 20 && Math.abs(actual.getGreen() - expected.getGreen()) <= 20
                && Math.abs(actual.getBlue() - expected.getBlue()) <= 20;
    }

    /** How many pixels of a column between top and bottom have the colour. */
    static int runDown(BufferedImage image, int x, int top, int bottom, Color colour) {
        int count = 0;
        for (int y = Math.max(0, top); y < Math.min(image.getHeight(), bottom); y++) {
            if (near(image.getRGB(x, y), colour)) {
                count++;
            }
        }
        return count;
    }

    /** How many pixels of the colour run on unbroken from (x, y) one way (step −1 up, +1 down); y itself included. */
    static int run(BufferedImage image, int x, int y, int step, Color colour) {
        int count = 0;
        for (int yy = y; yy >= 0 && yy < image.getHeight() && near(image.getRGB(x, yy), colour); yy += step) {
            count++;
        }
        return count;
    }

    /** How many pixels of a row, from left to right, have the colour. */
    static int runAcross(BufferedImage image, int y, int left, int right, Color colour) {
        int count = 0;
        for (int x = Math.max(0, left); x < Math.min(image.getWidth(), right); x++) {
            if (near(image.getRGB(x, y), colour)) {
                count++;
            }
        }
        return count;
    }

    /** The share of an area's pixels that have the colour. */
    static double share(BufferedImage image, Rectangle2D area, Color colour) {
        int hits = 0;
        int all = 0;
        for (int y = (int) Math.ceil(area.getY()) + 1; y < (int) area.getMaxY() - 1; y++) {
            for (int x = (int) Math.ceil(area.getX()) + 1; x < (int) area.getMaxX() - 1; x++) {
                all++;
                hits += near(image.getRGB(x, y), colour) ? 1 : 0;
            }
        }
        return all == 0 ? 0 : hits / (double) all;
    }

    /** Whether some pixel in the area is dark (text). */
    static boolean hasInk(BufferedImage image, Rectangle2D area) {
        for (int y = (int) area.getY(); y < (int) area.getMaxY(); y++) {
            for (int x = (int) area.getX(); x < (int) area.getMaxX(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 3 * 160) {
                    return true;
                }
            }
        }
        return false;
    }
}
