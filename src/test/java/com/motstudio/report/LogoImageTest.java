package com.motstudio.report;

import com.motstudio.testing.SingleColourPng;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Logos are measured from their header and decoded only at the size a use needs. */
class LogoImageTest {
    private static final long MB = 1024 * 1024;

    /** Bytes this thread allocates while {@code work} runs (the JVM counts them; no timing). */
    private static long allocatedBy(Runnable work) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void aSixteenThousandPixelSquareIsMeasuredFromItsHeaderAndDecodedSubsampled() {
        byte[] png = SingleColourPng.of(16_000, 16_000, 0xC82828);
        assertThat(png.length).as("a logo the 2 MB limit lets in").isLessThan(2 * 1024 * 1024);
        assertThat(LogoImage.size(png)).contains(new LogoImage.Size(16_000, 16_000));

        BufferedImage[] fitted = new BufferedImage[1];
        long allocated = allocatedBy(() -> {
            try {
                fitted[0] = LogoImage.fitted(png, 1000);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(fitted[0].getWidth()).isEqualTo(1000);
        assertThat(fitted[0].getHeight()).isEqualTo(1000);
        assertThat(fitted[0].getRGB(500, 500)).isEqualTo(0xFFC82828);
        // the whole picture would be 16,000 x 16,000 x 3 bytes = 732 MB before any scaling
        assertThat(allocated / MB).as("MB allocated to decode it").isLessThan(100);
        System.out.printf("16000x16000 PNG of %d KB: %d MB allocated to decode it to 1000x1000%n", png.length / 1024, allocated / MB);
    }

    @Test
    void aSmallPictureKeepsItsSizeAndColours() throws IOException {
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(10, 10, 0xFF00FF00);
        image.setRGB(100, 50, 0x00000000);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        BufferedImage fitted = LogoImage.fitted(png.toByteArray(), 1000);
        assertThat(fitted.getWidth()).isEqualTo(120);
        assertThat(fitted.getHeight()).isEqualTo(60);
        assertThat(fitted.getRGB(10, 10)).isEqualTo(0xFF00FF00);
        assertThat(fitted.getRGB(100, 50) >>> 24).as("transparent stays transparent").isZero();
    }

    @Test
    void aWidePictureFitsByItsLongerSide() throws IOException {
        BufferedImage fitted = LogoImage.fitted(SingleColourPng.of(9_000, 900, 0x102030), 300);
        assertThat(fitted.getWidth()).isEqualTo(300);
        assertThat(fitted.getHeight()).isEqualTo(30);
    }

    @Test
    void aHeaderClaimingMoreThanCanBeDrawnIsRefusedWithItsSizeBeforeAnyDecoding() {
        byte[] claim = SingleColourPng.of(60_000, 1, 0);
        assertThatThrownBy(() -> LogoImage.fitted(claim, 1000)).isInstanceOfSatisfying(LogoImage.TooLarge.class,
                e -> assertThat(e.size()).isEqualTo(new LogoImage.Size(60_000, 1)));
        assertThat(new LogoImage.Size(20_000, 20_000).drawable()).as("400 million pixels").isFalse();
        assertThat(new LogoImage.Size(16_000, 16_000).drawable()).isTrue();
    }

    @Test
    void bytesThatAreNoPictureHaveNoSizeAndDoNotDecode() {
        byte[] text = "not a picture".getBytes();
        assertThat(LogoImage.size(text)).isEmpty();
        assertThatThrownBy(() -> LogoImage.fitted(text, 100)).isInstanceOf(IOException.class);
        byte[] png = SingleColourPng.of(50, 50, 0);
        byte[] cut = java.util.Arrays.copyOf(png, png.length - 30);
        assertThatThrownBy(() -> LogoImage.fitted(cut, 100)).as("its pixels cut short").isInstanceOf(IOException.class);
    }
}
