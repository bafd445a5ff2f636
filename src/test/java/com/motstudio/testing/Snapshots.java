package com.motstudio.testing;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Turns a JavaFX snapshot into a PNG file (there is no javafx-swing here to do it). */
public final class Snapshots {
    private Snapshots() {}

    public static BufferedImage toImage(WritableImage shot) {
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[w * h];
        shot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        image.setRGB(0, 0, w, h, argb, 0, w);
        return image;
    }

    public static BufferedImage writePng(WritableImage shot, Path file) {
        BufferedImage image = toImage(shot);
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return image;
    }
}
