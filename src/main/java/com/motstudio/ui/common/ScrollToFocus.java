package com.motstudio.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the field the keyboard reaches in view inside a scroll pane, which does not follow the
 * focus by itself. It follows the focus through the pane's own scene, so it lets go of a scene
 * the pane has left.
 */
public final class ScrollToFocus {
    private static final double MARGIN = 24;

    private ScrollToFocus() {}

    public static void follow(ScrollPane pane) {
        pane.sceneProperty().flatMap(Scene::focusOwnerProperty).subscribe(focused -> reveal(pane, focused));
    }

    private static void reveal(ScrollPane pane, Node focused) {
        Node content = pane.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        Bounds shown = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double viewport = pane.getViewportBounds().getHeight();
        double scrollable = content.getBoundsInLocal().getHeight() - viewport;
        if (scrollable <= 0) {
            return;
        }
        double top = pane.getVvalue() * scrollable;
        if (shown.getMinY() < top) {
            pane.setVvalue(Math.clamp((shown.getMinY() - MARGIN) / scrollable, 0, 1));
        } else if (shown.getMaxY() > top + viewport) {
            pane.setVvalue(Math.clamp((shown.getMaxY() + MARGIN - viewport) / scrollable, 0, 1));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
