package com.motstudio.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A PNG of one colour written row by row, never holding the picture: a 16,000 × 16,000 logo is about
 * 0.8 MB of file (under the 2 MB logo limit) and would be 1 GB of pixels if decoded whole.
 */
public final class SingleColourPng {
    private SingleColourPng() {}

    /** An RGB PNG, 8 bits a channel, every pixel the colour {@code rgb}. */
    public static byte[] of(int width, int height, int rgb) {
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(file);
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, no filter method, no interlace
            chunk(out, "IHDR", header.toByteArray());
            ByteArrayOutputStream pixels = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
                byte[] row = new byte[1 + width * 3]; // filter byte 0, then the pixels
                for (int x = 0; x < width; x++) {
                    row[1 + 3 * x] = (byte) (rgb >> 16);
                    row[2 + 3 * x] = (byte) (rgb >> 8);
                    row[3 + 3 * x] = (byte) rgb;
                }
                for (int y = 0; y < height; y++) {
                    z.write(row);
                }
            }
            chunk(out, "IDAT", pixels.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
