package com.motstudio.room;

import io.nayuki.qrcodegen.QrCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import javax.imageio.ImageIO;

/**
 * The QR code of a room's join link as plain modules (true = dark), for any screen to draw, plus SVG
 * and PNG renderings for the docs and the handout. Error correction is medium: a projected code is
 * read from far away but not torn.
 */
public final class RoomQr {
    /** The light margin around the code, in modules, that scanners need. */
    public static final int QUIET_ZONE = 4;

    private final boolean[][] modules;

    private RoomQr(boolean[][] modules) {
        this.modules = modules;
    }

    public static RoomQr of(URI link) {
        QrCode code = QrCode.encodeText(link.toString(), QrCode.Ecc.MEDIUM);
        boolean[][] modules = new boolean[code.size][code.size];
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                modules[y][x] = code.getModule(x, y);
            }
        }
        return new RoomQr(modules);
    }

    /** Modules per side, without the quiet zone. */
    public int size() {
        return modules.length;
    }

    /** Whether the module at column x, row y is dark. */
    public boolean dark(int x, int y) {
        return modules[y][x];
    }

    /** A copy of the modules, row by row. */
    public boolean[][] modules() {
        boolean[][] copy = new boolean[modules.length][];
        for (int y = 0; y < modules.length; y++) {
            copy[y] = modules[y].clone();
        }
        return copy;
    }

    /** An SVG drawing, one unit per module, with the quiet zone. */
    public String svg() {
        int side = size() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size(); y++) {
            for (int x = 0; x < size(); x++) {
                if (modules[y][x]) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path + "\" fill=\"#000000\"/></svg>\n";
    }

    /** A PNG with {@code scale} pixels per module, with the quiet zone. */
    public byte[] png(int scale) throws IOException {
        int side = (size() + 2 * QUIET_ZONE) * scale;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        for (int py = 0; py < side; py++) {
            for (int px = 0; px < side; px++) {
                int x = px / scale - QUIET_ZONE;
                int y = py / scale - QUIET_ZONE;
                boolean dark = x >= 0 && y >= 0 && x < size() && y < size() && modules[y][x];
                image.setRGB(px, py, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
