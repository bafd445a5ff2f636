package com.motstudio.ui.present;

import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows a page's control (laid out in pixels for the window's normal type) magnified for the room:
 * the control is laid out in this pane's size divided by the zoom, then scaled up by it.
 */
final class Zoomed extends Region {
    private final Region content;
    private final double zoom;

    Zoomed(Region content, double zoom) {
        this.content = content;
        this.zoom = zoom;
        content.getTransforms().setAll(new Scale(zoom, zoom, 0, 0));
        getChildren().setAll(content);
    }

    @Override
    protected void layoutChildren() {
        content.resizeRelocate(0, 0, getWidth() / zoom, getHeight() / zoom);
    }
}
