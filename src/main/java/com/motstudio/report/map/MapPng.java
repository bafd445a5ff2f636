package com.motstudio.report.map;

import com.motstudio.text.Texts;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a journey map to a PNG file at a width in pixels the user chooses, on white. */
public final class MapPng {
    /** Longest side accepted, in pixels. */
    public static final int MAX_SIDE = 20_000;
    /** Most pixels accepted: at 3 bytes a pixel the image alone takes about 360 MB of memory. */
    public static final long MAX_PIXELS = 120_000_000L;

    private MapPng() {}

    /** The pixel height a map gets at a pixel width (the map keeps its proportions). */
    public static int heightFor(JourneyMap map, int pixelWidth) {
        return (int) Math.ceil(map.height() * pixelWidth / map.width());
    }

    /**
     * Renders the map at pixelWidth pixels wide and writes it as PNG.
     *
     * @throws IllegalArgumentException when the width is not positive or the image would be too large;
     *                                  its message is in the map's language, ready to show
     */
    public static void write(JourneyMap map, int pixelWidth, Path file) throws IOException {
        BufferedImage image = render(map, pixelWidth);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    /** The map as an image pixelWidth pixels wide, white behind it. */
    public static BufferedImage render(JourneyMap map, int pixelWidth) {
        int pixelHeight = checkedHeight(map, pixelWidth);
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pixelWidth, pixelHeight);
            double scale = pixelWidth / map.width();
            g.scale(scale, scale);
            MapPainter.paint(g, map, null);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int checkedHeight(JourneyMap map, int pixelWidth) {
        Texts texts = map.style.texts;
        if (pixelWidth <= 0) {
            throw new IllegalArgumentException(texts.get("map.png.tooSmall"));
        }
        int pixelHeight = Math.max(1, heightFor(map, pixelWidth));
        if (pixelWidth > MAX_SIDE || pixelHeight > MAX_SIDE || (long) pixelWidth * pixelHeight > MAX_PIXELS) {
            throw new IllegalArgumentException(texts.format("map.png.tooLarge", pixelWidth, pixelHeight, MAX_SIDE,
                    MAX_PIXELS / 1_000_000));
        }
        return pixelHeight;
    }
}
