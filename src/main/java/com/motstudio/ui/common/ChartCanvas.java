package com.motstudio.ui.common;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Shows a drawing made with Java2D (a chart of the report package) at the size of this pane and
 * the screen's pixel density, so the screen shows what the PNG and the PDF print, enlarged as much
 * as the app's text is (large text for a projector draws the whole chart larger; the files keep
 * their size). The caller says in a sentence what the chart shows: screen readers read it, and it
 * is the chart's tooltip.
 */
public final class ChartCanvas extends Pane {
    /** The app's normal text size in pixels: charts are drawn at their own size at this one. */
    public static final double NORMAL_TEXT = 13;

    /** Draws into a box of the given size, in pixels of the view. */
    public interface Painter {
        void paint(Graphics2D g, double width, double height);
    }

    private final ImageView image = new ImageView();
    /** Takes the text size set on the window (CSS font inheritance), so the chart can follow it. */
    private final Text textSize = new Text();
    private final Tooltip tooltip = new Tooltip();
    private Painter painter;

    public ChartCanvas(double prefWidth, double prefHeight) {
        setPrefSize(prefWidth, prefHeight);
        setMinSize(200, 160);
        image.setManaged(false);
        textSize.setManaged(false);
        getChildren().addAll(textSize, image);
        getStyleClass().add("chart-canvas");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setFocusTraversable(true);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        // larger text asks for a larger box too, so the chart keeps its room (it is drawn that much larger)
        // (a caller that binds the box's size itself keeps it)
        textSize.fontProperty().subscribe(font -> {
            if (!prefWidthProperty().isBound()) {
                setPrefWidth(prefWidth * textScale());
            }
            if (!prefHeightProperty().isBound()) {
                setPrefHeight(prefHeight * textScale());
            }
        });
    }

    /** What to draw; drawn again now and whenever the size changes. */
    public void show(Painter value) {
        painter = value;
        repaint();
    }

    /** What to draw, and a sentence saying what it shows (the text alternative of the picture). */
    public void show(Painter value, String description) {
        setAccessibleText(description);
        tooltip.setText(description);
        Tooltip.install(this, tooltip);
        show(value);
    }

    /** How much larger than normal the app's text is now: the chart is drawn this much larger on screen. */
    public double textScale() {
        return Math.max(1, textSize.getFont().getSize() / NORMAL_TEXT);
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
        double scale = textScale();
        int pw = (int) Math.ceil(w * density);
        int ph = (int) Math.ceil(h * density);
        BufferedImage buffer = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = buffer.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pw, ph);
            g.scale(density * scale, density * scale);
            painter.paint(g, w / scale, h / scale);
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
