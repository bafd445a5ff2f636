package com.motstudio.ui.common;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;

/** Pictures drawn off the FX thread with Java2D (a PDF page, a logo), made showable in an ImageView. */
public final class FxImages {
    private FxImages() {}

    public static WritableImage of(BufferedImage picture) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        int[] argb = picture.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
