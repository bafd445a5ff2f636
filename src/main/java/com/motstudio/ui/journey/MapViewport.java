package com.motstudio.ui.journey;

import com.motstudio.report.map.JourneyMap;
import com.motstudio.report.map.MapPainter;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The visible part of the journey map: only the viewport is painted (with Java2D, by the same
 * painter as the PNG and PDF), at the screen's pixel density, and again when the map, the zoom, the
 * scroll position or the size changes. The lane titles stay in view while the stages scroll.
 */
final class MapViewport {
    private final MapModel model;
    private final Pane root = new Pane() {
        @Override
        protected void layoutChildren() {
            image.resize(getWidth(), getHeight());
            repaint();
        }
    };
    private final ImageView image = new ImageView();
    /** Takes the text size set on the window (CSS font inheritance): the map is drawn as much larger. */
    private final javafx.scene.text.Text textSize = new javafx.scene.text.Text();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final DoubleProperty scrollX = new SimpleDoubleProperty(0);
    private final DoubleProperty scrollY = new SimpleDoubleProperty(0);
    private final ObjectProperty<double[]> scrollRange = new SimpleObjectProperty<>(new double[4]);
    private BufferedImage buffer;
    private WritableImage shown;
    private boolean fitted;

    /** What a click on a chip does: the touchpoint and whether it was a double click. */
    interface ChipClick {
        void clicked(String touchpointId, boolean twice);
    }

    MapViewport(MapModel model, ChipClick onChipClicked) {
        this.model = model;
        textSize.setManaged(false);
        root.getChildren().addAll(textSize, image);
        textSize.fontProperty().subscribe(this::repaint);
        root.setFocusTraversable(true);
        root.setId("map-viewport");
        root.setMinSize(100, 100);
        root.setStyle("-fx-background-color: white;");
        image.setManaged(false);
        model.mapProperty().subscribe(this::repaint);
        model.viewModel().selectedTouchpointIdProperty().subscribe(this::repaint);
        zoom.subscribe(this::repaint);
        scrollX.subscribe(this::repaint);
        scrollY.subscribe(this::repaint);
        root.setOnMouseClicked(e -> {
            root.requestFocus();
            JourneyMap map = model.map();
            if (map != null) {
                double mapX = scrollX.get() + e.getX() / scale();
                double mapY = scrollY.get() + e.getY() / scale();
                map.touchpointAt(mapX, mapY).ifPresent(id -> onChipClicked.clicked(id, e.getClickCount() > 1));
            }
        });
        root.setOnScroll(e -> {
            if (e.isShortcutDown()) {
                zoomTo(zoom.get() * (e.getDeltaY() > 0 ? 1.1 : 1 / 1.1));
            } else {
                scrollBy(-e.getDeltaX(), -e.getDeltaY());
            }
            e.consume();
        });
    }

    Node root() {
        return root;
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    DoubleProperty scrollXProperty() {
        return scrollX;
    }

    DoubleProperty scrollYProperty() {
        return scrollY;
    }

    /** Scroll range in map units: {max x, max y, visible width, visible height}. */
    ObjectProperty<double[]> scrollRangeProperty() {
        return scrollRange;
    }

    void zoomTo(double value) {
        zoom.set(Math.clamp(value, 0.1, 4));
        clampScroll();
    }

    /**
     * Zooms so the map's height fits the view, all lanes in sight, but never below {@link #READABLE}
     * (nor above 100 %): on a small screen the stages then scroll sideways, and the selected
     * touchpoint's stage stays in view.
     */
    void fit() {
        JourneyMap map = model.map();
        if (map != null && root.getHeight() > 0) {
            zoom.set(Math.clamp(root.getHeight() / (map.height() * textScale()), READABLE, 1));
            String selected = model.selectedId();
            scrollX.set(selected == null ? 0 : map.chipBounds(selected).map(chip -> chip.getX() - map.margin()).orElse(0.0));
            scrollY.set(0);
            clampScroll();
        }
    }

    /** The smallest zoom that Fit chooses: the map's small print stays about 8 px at normal text, larger at large text. */
    static final double READABLE = 0.75;

    /** How much larger than normal the app's text is: the map is drawn this much larger (not in the files). */
    double textScale() {
        return Math.max(1, textSize.getFont().getSize() / com.motstudio.ui.common.ChartCanvas.NORMAL_TEXT);
    }

    /** Screen pixels per map unit: the zoom times the text scale. */
    private double scale() {
        return zoom.get() * textScale();
    }

    /** Where a touchpoint's chip is on the screen now (its centre), if it is in view. */
    java.util.Optional<javafx.geometry.Point2D> chipOnScreen(String touchpointId) {
        JourneyMap map = model.map();
        if (map == null) {
            return java.util.Optional.empty();
        }
        return map.chipBounds(touchpointId).map(chip -> root.localToScreen(
                (chip.getCenterX() - scrollX.get()) * scale(), (chip.getCenterY() - scrollY.get()) * scale()));
    }

    /** Scrolls the least that brings a touchpoint's chip whole into view. */
    void reveal(String touchpointId) {
        JourneyMap map = model.map();
        if (map == null) {
            return;
        }
        map.chipBounds(touchpointId).ifPresent(chip -> {
            double visibleX = root.getWidth() / scale();
            double visibleY = root.getHeight() / scale();
            if (chip.getMinX() < scrollX.get() || chip.getMaxX() > scrollX.get() + visibleX) {
                scrollX.set(chip.getMinX() - Math.max(0, (visibleX - chip.getWidth()) / 2));
            }
            if (chip.getMinY() < scrollY.get() || chip.getMaxY() > scrollY.get() + visibleY) {
                scrollY.set(chip.getMinY() - map.margin());
            }
            clampScroll();
        });
    }

    /** Scrolls by a distance in screen pixels. */
    void scrollBy(double dx, double dy) {
        scrollX.set(scrollX.get() + dx / scale());
        scrollY.set(scrollY.get() + dy / scale());
        clampScroll();
    }

    private boolean onScreen() {
        for (Node at = root; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return root.getScene() != null;
    }

    private void clampScroll() {
        JourneyMap map = model.map();
        if (map == null) {
            return;
        }
        double visibleX = root.getWidth() / scale();
        double visibleY = root.getHeight() / scale();
        double maxX = Math.max(0, map.width() - visibleX);
        double maxY = Math.max(0, map.height() - visibleY);
        scrollX.set(Math.clamp(scrollX.get(), 0, maxX));
        scrollY.set(Math.clamp(scrollY.get(), 0, maxY));
        double[] range = scrollRange.get();
        if (range[0] != maxX || range[1] != maxY || range[2] != visibleX || range[3] != visibleY) {
            scrollRange.set(new double[] {maxX, maxY, visibleX, visibleY});
        }
    }

    /** Paints the view now if it is on screen (a hidden tab is painted when it is shown). */
    void repaint() {
        JourneyMap map = model.map();
        double width = root.getWidth();
        double height = root.getHeight();
        if (map == null || width < 1 || height < 1 || !onScreen()) {
            return;
        }
        if (!fitted && root.getScene() != null) {
            // first view: as much of the lanes as fits with text still readable; the stages scroll sideways
            fitted = true;
            zoom.set(Math.clamp(height / (map.height() * textScale()), READABLE, 1));
        }
        clampScroll();
        double density = root.getScene() == null || root.getScene().getWindow() == null ? 1
                : root.getScene().getWindow().getOutputScaleX();
        int w = (int) Math.ceil(width * density);
        int h = (int) Math.ceil(height * density);
        if (buffer == null || buffer.getWidth() != w || buffer.getHeight() != h) {
            buffer = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            shown = new WritableImage(w, h);
        }
        Graphics2D g = buffer.createGraphics();
        try {
            g.setBackground(java.awt.Color.WHITE);
            g.clearRect(0, 0, w, h);
            double scale = scale() * density;
            g.transform(MapPainter.view(scale, scrollX.get(), scrollY.get()));
            g.clip(new Rectangle2D.Double(scrollX.get(), scrollY.get(), w / scale, h / scale));
            MapPainter.paint(g, map, model.selectedId());
            if (scrollX.get() > 0) {
                Graphics2D titles = buffer.createGraphics();
                titles.transform(MapPainter.view(scale, 0, scrollY.get()));
                MapPainter.paintTitles(titles, map);
                titles.dispose();
            }
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) buffer.getRaster().getDataBuffer()).getData();
        shown.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        image.setImage(shown);
        image.setFitWidth(width);
        image.setFitHeight(height);
    }
}
