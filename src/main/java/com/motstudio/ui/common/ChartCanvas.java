package com.motstudio.ui.common;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Shows a drawing made with Java2D (a chart of the report package) at the size of this pane and
 * the screen's pixel density, so the screen shows exactly what the PNG and the PDF print.
 */
public final class ChartCanvas extends Pane {
    /** Draws into a box of the given size, in pixels of the view. */
    public interface Painter {
        void paint(Graphics2D g, double width, double height);
    }

    private final ImageView image = new ImageView();
    private Painter painter;

    public ChartCanvas(double prefWidth, double prefHeight) {
        setPrefSize(prefWidth, prefHeight);
        setMinSize(200, 160);
        image.setManaged(false);
        getChildren().add(image);
    }

    /** What to draw; drawn again now and whenever the size changes. */
    public void show(Painter value) {
        painter = value;
        repaint();
    }

    @Override
    protected void layoutChildren() {
        repaint();
    }

    private void repaint() {
        double w = getWidth();
        double h = getHeight();
        if (painter == null || w < 1 || h < 1) {
            return;
        }
        double density = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getOutputScaleX();
        int pw = (int) Math.ceil(w * density);
        int ph = (int) Math.ceil(h * density);
        BufferedImage buffer = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = buffer.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pw, ph);
            g.scale(density, density);
            painter.paint(g, w, h);
        } finally {
            g.dispose();
        }
        WritableImage shown = new WritableImage(pw, ph);
        shown.getPixelWriter().setPixels(0, 0, pw, ph, PixelFormat.getIntArgbPreInstance(),
                ((DataBufferInt) buffer.getRaster().getDataBuffer()).getData(), 0, pw);
        image.setImage(shown);
        image.setFitWidth(w);
        image.setFitHeight(h);
    }
}
