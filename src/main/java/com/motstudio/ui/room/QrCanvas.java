package com.motstudio.ui.room;

import com.motstudio.room.RoomQr;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A QR code drawn square and as large as its place allows, black on white in either theme (a
 * phone's camera reads dark modules on a light ground), inside the white quiet zone scanners need,
 * with whole-pixel modules so it stays sharp.
 */
final class QrCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final boolean[][] modules;

    QrCanvas(boolean[][] modules) {
        this.modules = modules;
        getChildren().add(canvas);
        setMinSize(120, 120);
        setPrefSize(480, 480);
    }

    @Override
    protected void layoutChildren() {
        double side = Math.floor(Math.min(getWidth(), getHeight()));
        int n = modules.length;
        int q = RoomQr.QUIET_ZONE;
        double module = Math.max(1, Math.floor(side / (n + 2 * q)));
        double drawn = module * (n + 2 * q);
        canvas.setWidth(drawn);
        canvas.setHeight(drawn);
        canvas.relocate(Math.floor((getWidth() - drawn) / 2), Math.floor((getHeight() - drawn) / 2));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, drawn, drawn);
        g.setFill(Color.BLACK);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (modules[y][x]) {
                    g.fillRect((x + q) * module, (y + q) * module, module, module);
                }
            }
        }
    }

    /** Whether the module at x, y is drawn dark (for tests). */
    boolean dark(int x, int y) {
        return modules[y][x];
    }

    int size() {
        return modules.length;
    }
}
