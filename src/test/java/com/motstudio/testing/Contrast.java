package com.motstudio.testing;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * (d) Text whose colour is too close to what lies behind it, by WCAG 2's contrast ratio: 4.5:1, or
 * 3:1 for large text (24 px, or 18.7 px bold). The background is the first opaque background fill
 * found walking up from the text (a table cell's or row's own fill comes first), with translucent
 * fills above it blended in. Text over a canvas or an image is skipped: its backdrop is a picture.
 */
final class Contrast {
    private Contrast() {}

    static List<String> problems(Shown shown) {
        List<String> found = new ArrayList<>();
        for (Node node : shown.nodes()) {
            if (!(node instanceof Text text) || text instanceof FontIcon || text.getText() == null || text.getText().isBlank()
                    || !(text.getFill() instanceof Color fill) || text.isDisabled() || isPrompt(text) || !shown.isShown(text)) {
                continue;
            }
            Bounds box = shown.visibleBounds(text);
            Color behind = background(text, new Point2D(box.getCenterX(), box.getCenterY()));
            if (behind == null) {
                continue;
            }
            Color front = blend(fill, fill.getOpacity() * opacity(text), behind);
            double ratio = ratio(front, behind);
            double needed = isLarge(text) ? 3.0 : 4.5;
            if (ratio < needed) {
                found.add(String.format(Locale.ROOT, "low contrast %.2f:1 (needs %.1f): %s on %s, %s", ratio, needed,
                        hex(front), hex(behind), Describe.node(owner(text))));
            }
        }
        return found;
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static boolean isLarge(Text text) {
        double size = text.getFont().getSize();
        boolean bold = text.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold");
        return size >= 24 || bold && size >= 18.66;
    }

    private static boolean isPrompt(Text text) {
        for (Node n = text.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TextInputControl field) {
                return (field.getText() == null || field.getText().isEmpty()) && text.getText().equals(field.getPromptText());
            }
        }
        return false;
    }

    private static Node owner(Text text) {
        for (Node n = text.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Labeled || n instanceof TextInputControl) {
                return n;
            }
        }
        return text;
    }

    private static double opacity(Node node) {
        double o = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            o *= n.getOpacity();
        }
        return o;
    }

    /** The colour behind a scene point under the text, or null when a picture lies behind it. */
    static Color background(Node text, Point2D point) {
        List<Color> layers = new ArrayList<>(); // nearest first
        Node below = text;
        for (Parent p = text.getParent(); p != null; below = p, p = p.getParent()) {
            if (picturesBehind(p, below, point)) {
                return null;
            }
            if (p instanceof Region region && region.getBackground() != null) {
                Point2D local = region.sceneToLocal(point);
                List<BackgroundFill> fills = region.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    BackgroundFill f = fills.get(i);
                    if (f.getFill() instanceof Color c && c.getOpacity() > 0 && covers(region, f.getInsets(), local)) {
                        Color seen = Color.color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * region.getOpacity());
                        layers.add(seen);
                        if (seen.getOpacity() >= 0.99) {
                            return composite(layers);
                        }
                    }
                }
            }
        }
        Color base = text.getScene().getFill() instanceof Color c ? c : Color.WHITE;
        layers.add(Color.color(base.getRed(), base.getGreen(), base.getBlue()));
        return composite(layers);
    }

    private static boolean picturesBehind(Parent parent, Node child, Point2D point) {
        for (Node sibling : parent.getChildrenUnmodifiable()) {
            if (sibling == child) {
                return false;
            }
            if ((sibling instanceof Canvas || sibling instanceof ImageView) && sibling.isVisible()
                    && sibling.localToScene(sibling.getBoundsInLocal()).contains(point)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(Region region, Insets in, Point2D p) {
        return p.getX() >= in.getLeft() && p.getY() >= in.getTop()
                && p.getX() <= region.getWidth() - in.getRight() && p.getY() <= region.getHeight() - in.getBottom();
    }

    private static Color composite(List<Color> nearestFirst) {
        Color result = nearestFirst.getLast();
        for (int i = nearestFirst.size() - 2; i >= 0; i--) {
            Color c = nearestFirst.get(i);
            result = blend(c, c.getOpacity(), result);
        }
        return result;
    }

    private static Color blend(Color front, double alpha, Color back) {
        double a = Math.max(0, Math.min(1, alpha));
        return Color.color(front.getRed() * a + back.getRed() * (1 - a), front.getGreen() * a + back.getGreen() * (1 - a),
                front.getBlue() * a + back.getBlue() * (1 - a));
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
