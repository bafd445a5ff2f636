package com.motstudio.report.chart;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a chart to an image and writes it as PNG. The chart is laid out in a box of
 * width × height chart units (1 unit = 1 pixel at scale 1; the base font is 12 units by default)
 * and drawn at scale pixels per unit, so a slide image gets the same layout sharper.
 */
public final class ChartPng {
    /** Longest side accepted, in pixels. */
    public static final int MAX_SIDE = 20_000;
    /** Most pixels accepted. */
    public static final long MAX_PIXELS = 120_000_000L;

    private ChartPng() {}

    /**
     * The chart on white, (width × scale) × (height × scale) pixels, rounded up.
     *
     * @throws IllegalArgumentException when the image would be empty or too large; its message is in
     *                                  the chart's language, ready to show
     */
    public static BufferedImage render(Chart chart, double width, double height, double scale) {
        int pixelWidth = (int) Math.ceil(width * scale - 1e-9);
        int pixelHeight = (int) Math.ceil(height * scale - 1e-9);
        if (!(scale > 0) || pixelWidth <= 0 || pixelHeight <= 0) {
            throw new IllegalArgumentException(chart.texts().get("charts.png.tooSmall"));
        }
        if (pixelWidth > MAX_SIDE || pixelHeight > MAX_SIDE || (long) pixelWidth * pixelHeight > MAX_PIXELS) {
            throw new IllegalArgumentException(chart.texts().format("charts.png.tooLarge", pixelWidth, pixelHeight,
                    MAX_SIDE, MAX_PIXELS / 1_000_000));
        }
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE); // the last row or column may be only partly inside the chart's box
            g.fillRect(0, 0, pixelWidth, pixelHeight);
            g.scale(scale, scale);
            chart.paint(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Renders the chart as {@link #render} does and writes it to a PNG file, making its folder. */
    public static void write(Chart chart, double width, double height, double scale, Path file) throws IOException {
        BufferedImage image = render(chart, width, height, scale);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
