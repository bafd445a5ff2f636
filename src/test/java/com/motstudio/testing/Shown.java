package com.motstudio.testing;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;

import java.util.ArrayList;
import java.util.List;

/** What of a scene a user can see: its nodes, and for each the part of it inside the window and its clips. */
final class Shown {
    private final Scene scene;
    private final List<Node> nodes = new ArrayList<>();

    Shown(Scene scene) {
        this.scene = scene;
        collect(scene.getRoot());
    }

    private void collect(Node node) {
        if (!node.isVisible()) {
            return; // nothing below an invisible node is shown
        }
        nodes.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child);
            }
        }
    }

    /** Every node in the scene whose own and whose ancestors' visible flags are set, parents first. */
    List<Node> nodes() {
        return nodes;
    }

    Bounds window() {
        return new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
    }

    /** The node's layout box in scene coordinates. */
    Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    boolean isVisibleTree(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    /** The part of the node a user sees: its box cut by the window and by every clipping ancestor. */
    Bounds visibleBounds(Node node) {
        return clipped(node, sceneBounds(node), false);
    }

    /** Shown: visible, with some of it inside the window and its clips. */
    boolean isShown(Node node) {
        Bounds b = visibleBounds(node);
        return isVisibleTree(node) && b.getWidth() > 0 && b.getHeight() > 0;
    }

    /** The area a focusable node must lie in: the window cut by the clips of its ancestors. */
    Bounds reachableArea(Node node) {
        return clipped(node, window(), true);
    }

    private Bounds clipped(Node node, Bounds start, boolean ancestorsOnly) {
        Bounds area = intersect(start, window());
        for (Node n = ancestorsOnly ? node.getParent() : node; n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                area = intersect(area, n.localToScene(n.getClip().getBoundsInParent()));
            }
        }
        return area;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    /** Inside a scroll pane or a table's or list's virtual flow, which can bring it into view. */
    boolean insideScroller(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane || n instanceof VirtualFlow<?>) {
                return true;
            }
        }
        return false;
    }

    /** A control the keyboard can reach: traversable, enabled and visible with all its ancestors. */
    boolean focusable(Control control) {
        return control.isFocusTraversable() && !control.isDisabled() && isVisibleTree(control);
    }
}
