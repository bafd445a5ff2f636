package com.motstudio.report;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * A workshop's logo read with its pixel count in mind. Its size comes from the file's header alone;
 * its pixels are decoded only at the size a use needs, reading every n-th pixel of every n-th row
 * (source subsampling), so a 16,000 × 16,000 PNG of 1 MB never becomes a gigabyte of pixels.
 */
public final class LogoImage {
    /** The most pixels a newly chosen logo may have (a cover shows it about 1,000 pixels across). */
    public static final long MAX_PIXELS_ACCEPTED = 40_000_000L;
    /**
     * The most pixels a logo already in a file is drawn with, and the longest side: a decoder holds
     * two whole rows, and 300 million pixels take a few seconds to read even subsampled.
     */
    public static final long MAX_PIXELS_DRAWN = 300_000_000L;
    public static final int MAX_SIDE_DRAWN = 50_000;

    /** A picture's width and height in pixels, as its header states them. */
    public record Size(int width, int height) {
        public long pixels() {
            return (long) width * height;
        }

        public boolean drawable() {
            return pixels() <= MAX_PIXELS_DRAWN && width <= MAX_SIDE_DRAWN && height <= MAX_SIDE_DRAWN;
        }

        public boolean fitsIn(int side) {
            return width <= side && height <= side;
        }
    }

    /** Thrown when a picture is larger than {@link #MAX_PIXELS_DRAWN} or {@link #MAX_SIDE_DRAWN}; it says the size. */
    public static final class TooLarge extends IOException {
        private final transient Size size;

        TooLarge(Size size) {
            super("the picture is " + size.width() + " x " + size.height() + " pixels, more than can be drawn");
            this.size = size;
        }

        public Size size() {
            return size;
        }
    }

    private LogoImage() {}

    /** The size from the header, nothing decoded; empty when the bytes are no picture Java can read. */
    public static Optional<Size> size(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(in);
            try {
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The picture scaled down to fit in {@code side} × {@code side} pixels (never enlarged). A large
     * one is read subsampled to at most twice that side, then smoothed down to it.
     *
     * @throws TooLarge when the header states more than the limits allow
     * @throws IOException when the bytes are no picture Java can read
     */
    public static BufferedImage fitted(byte[] bytes, int side) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(in);
            try {
                Size size = new Size(reader.getWidth(0), reader.getHeight(0));
                if (!size.drawable()) {
                    throw new TooLarge(size);
                }
                int longer = Math.max(size.width(), size.height());
                int step = Math.max(1, Math.ceilDiv(longer, 2 * side));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return scaledToFit(reader.read(0, param), side);
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException e) {
            // a broken file can make a decoder throw anything (an index out of bounds, a bad state)
            throw new IOException("the picture could not be decoded: " + e, e);
        }
    }

    private static ImageReader readerFor(ImageInputStream in) throws IOException {
        if (in == null) {
            throw new IOException("no picture");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IOException("not a picture format Java reads");
        }
        ImageReader reader = readers.next();
        reader.setInput(in, true, true);
        return reader;
    }

    private static BufferedImage scaledToFit(BufferedImage image, int side) {
        double scale = Math.min(1.0, Math.min((double) side / image.getWidth(), (double) side / image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
