package com.motstudio.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds layout problems a user would meet in a laid-out scene: cut text, controls that cannot be
 * reached, overlapping controls, unreadable text and controls without an accessible name.
 * Call it on the FX thread after a layout pass (CSS applied, {@code scene.getRoot().layout()}).
 * Each problem is one readable line naming the node and where it sits.
 *
 * <p>What is deliberately not reported, and why:
 * <ul>
 *   <li>nodes that are not shown (invisible, inside an unselected tab, scrolled or clipped out of view)
 *       and disabled controls (WCAG exempts inactive controls from contrast);</li>
 *   <li>overlaps of a node with its own descendants, of the layers of a {@link StackPane} (meant to lie
 *       on top of each other), of cells of tables and lists (laid out by their virtual flow), and
 *       of anything that is not a {@link Control} (Canvas, ImageView, shapes are backdrops);</li>
 *   <li>icon glyphs and placeholder (prompt) text for contrast: icons are not text and prompt text
 *       disappears as soon as one types (a label carries the field's meaning);</li>
 *   <li>accessible names of a {@link TabPane} (its tabs name themselves) and of the editor inside a
 *       spinner, combo box or date picker (the outer control carries the name);</li>
 *   <li>a table or list is reported when it has two rows or more and shows fewer than two whole ones;</li>
 *   <li>cut text in table and list cells is listed once per column, not once per cell;</li>
 *   <li>controls off the window inside a {@link ScrollPane} or a {@link VirtualFlow}: they scroll into view
 *       (the scroll pane itself must then lie in the window, which is checked).</li>
 * </ul>
 */
public final class LayoutAudit {
    /** Pixels two controls may share, or a control may stick out of the window, before it is reported. */
    static final double SLACK = 2;

    private LayoutAudit() {}

    /** Cut text, unreachable controls, overlaps and low contrast in the scene's window. */
    public static List<String> problems(Scene scene) {
        Shown shown = new Shown(scene);
        Set<String> found = new LinkedHashSet<>();
        found.addAll(truncated(shown));
        found.addAll(unreachable(shown));
        found.addAll(tooShort(shown));
        found.addAll(overlapping(shown));
        found.addAll(Contrast.problems(shown));
        return new ArrayList<>(found);
    }

    /** Focusable controls that a screen reader would announce with no name. */
    public static List<String> accessibleProblems(Scene scene) {
        Shown shown = new Shown(scene);
        List<Label> labels = shown.nodes().stream().filter(n -> n instanceof Label).map(n -> (Label) n).toList();
        Set<String> found = new LinkedHashSet<>();
        for (Node node : shown.nodes()) {
            if (node instanceof Control c && shown.focusable(c) && AccessibleName.needsOne(c) && AccessibleName.of(c, labels).isBlank()) {
                found.add("no accessible name: " + Describe.node(c));
            }
        }
        return new ArrayList<>(found);
    }

    /** (a) A labeled control whose shown text is cut short with an ellipsis. */
    static List<String> truncated(Shown shown) {
        List<String> found = new ArrayList<>();
        for (Node node : shown.nodes()) {
            if (!(node instanceof Labeled labeled) || labeled.getText() == null || labeled.getText().isBlank()) {
                continue;
            }
            String full = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "") : labeled.getText();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                // the skin's own text node, not the graphic (an icon glyph is a Text too)
                if (child instanceof Text text && child != labeled.getGraphic() && !(child instanceof FontIcon)
                        && shown.isShown(text) && isCut(full, text.getText(), labeled.getEllipsisString())) {
                    // cells: one line per column of a table (or per list), not one per cell
                    found.add(labeled instanceof IndexedCell<?> ? "truncated cells: " + Describe.node(labeled)
                            : "truncated: " + Describe.node(labeled) + " shows \"" + Describe.shorten(text.getText()) + "\"");
                }
            }
        }
        return found;
    }

    static boolean isCut(String full, String displayed, String ellipsis) {
        if (displayed == null || displayed.equals(full) || displayed.strip().equals(full.strip())) {
            return false;
        }
        String compact = full.replaceAll("\\s+", "");
        String shownCompact = displayed.replaceAll("\\s+", "");
        return !compact.equals(shownCompact) && (shownCompact.length() < compact.length()
                || ellipsis != null && !ellipsis.isEmpty() && displayed.contains(ellipsis));
    }

    /** (b) A focusable control lying (partly) outside the window or its clipping parents, with no scroll pane around it. */
    static List<String> unreachable(Shown shown) {
        List<String> found = new ArrayList<>();
        for (Node node : shown.nodes()) {
            boolean scroller = node instanceof ScrollPane;
            boolean control = node instanceof Control c && shown.focusable(c);
            if (!(control || scroller) || !shown.isVisibleTree(node) || shown.insideScroller(node)) {
                continue;
            }
            Bounds own = shown.sceneBounds(node);
            Bounds area = shown.reachableArea(node);
            if (own.getWidth() <= 0 || own.getHeight() <= 0) {
                continue;
            }
            if (own.getMinX() < area.getMinX() - SLACK || own.getMinY() < area.getMinY() - SLACK
                    || own.getMaxX() > area.getMaxX() + SLACK || own.getMaxY() > area.getMaxY() + SLACK) {
                String what = scroller ? "scroll area reaches outside the window (its end cannot be scrolled to): "
                        : "cut off or out of reach (outside the window or its clipping parent, no scroll pane): ";
                found.add(what + Describe.node(node) + " at " + Describe.rect(own) + ", visible area " + Describe.rect(area));
            }
        }
        for (Node node : shown.nodes()) {
            if (node instanceof TabPane tabs && shown.isShown(tabs)) {
                if (overflows(tabs, shown)) {
                    found.add("tabs do not fit, some hide behind the overflow arrow: " + Describe.node(tabs));
                }
            }
        }
        return found;
    }

    /** The tab pane's own overflow arrow is shown (not that of a tab pane inside one of its tabs). */
    private static boolean overflows(TabPane tabs, Shown shown) {
        for (Node header : tabs.getChildrenUnmodifiable()) {
            if (header instanceof Parent area && header.getStyleClass().contains("tab-header-area")) {
                for (Node part : area.getChildrenUnmodifiable()) {
                    if (part.getStyleClass().contains("control-buttons-tab") && shown.isShown(part)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A table or list with rows to show whose window onto them is too short to show two whole rows. */
    static List<String> tooShort(Shown shown) {
        List<String> found = new ArrayList<>();
        for (Node node : shown.nodes()) {
            if (!(node instanceof VirtualFlow<?> flow) || flow.getCellCount() < 2 || !shown.isShown(flow)
                    || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
                continue;
            }
            // rows inside the flow's own box: a scroll pane around the table may scroll the rest into view
            Bounds box = shown.sceneBounds(flow);
            int whole = 0;
            for (int i = flow.getFirstVisibleCell().getIndex(); i <= flow.getLastVisibleCell().getIndex(); i++) {
                IndexedCell<?> cell = flow.getVisibleCell(i);
                Bounds row = cell == null ? null : shown.sceneBounds(cell);
                if (row != null && row.getHeight() > 0 && row.getMinY() >= box.getMinY() - 1 && row.getMaxY() <= box.getMaxY() + 1) {
                    whole++;
                }
            }
            if (whole < 2) {
                Node owner = flow.getParent();
                while (owner != null && !(owner instanceof Control)) {
                    owner = owner.getParent();
                }
                found.add("too short: shows " + whole + " whole row(s) of " + flow.getCellCount() + ": "
                        + Describe.node(owner == null ? flow : owner));
            }
        }
        return found;
    }

    /** (c) Two controls, neither inside the other, drawn over each other. */
    static List<String> overlapping(Shown shown) {
        List<Control> controls = new ArrayList<>();
        List<Bounds> boxes = new ArrayList<>();
        for (Node node : shown.nodes()) {
            if (node instanceof Control c && !(c instanceof IndexedCell<?>) && shown.isShown(c) && !c.isMouseTransparent()) {
                controls.add(c);
                boxes.add(shown.visibleBounds(c));
            }
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < controls.size(); i++) {
            for (int j = i + 1; j < controls.size(); j++) {
                Bounds a = boxes.get(i);
                Bounds b = boxes.get(j);
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > SLACK && h > SLACK && !intendedOverlap(controls.get(i), controls.get(j))) {
                    found.add("overlap: " + Describe.node(controls.get(i)) + " and " + Describe.node(controls.get(j))
                            + " share " + Math.round(w) + "×" + Math.round(h) + " px");
                }
            }
        }
        return found;
    }

    private static boolean intendedOverlap(Node a, Node b) {
        Node common = commonAncestor(a, b);
        return common == a || common == b || common instanceof StackPane;
    }

    private static Node commonAncestor(Node a, Node b) {
        Set<Node> above = new java.util.HashSet<>();
        for (Node n = a; n != null; n = n.getParent()) {
            above.add(n);
        }
        for (Node n = b; n != null; n = n.getParent()) {
            if (above.contains(n)) {
                return n;
            }
        }
        return null;
    }

}
