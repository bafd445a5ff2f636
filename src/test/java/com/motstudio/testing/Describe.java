package com.motstudio.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextInputControl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Names a node for a problem line: its kind, id, style classes and text, and where it sits (ids and tabs above it). */
final class Describe {
    private Describe() {}

    static String node(Node node) {
        Class<?> type = node.getClass();
        while (type.getSimpleName().isEmpty()) {
            type = type.getSuperclass(); // an anonymous cell: name what it extends
        }
        StringBuilder s = new StringBuilder(type.getSimpleName());
        if (node.getId() != null) {
            s.append(" #").append(node.getId());
        }
        node.getStyleClass().stream().limit(3).forEach(c -> s.append(" .").append(c));
        String text = switch (node) {
            case Labeled l -> l.getText();
            case TextInputControl t -> t.getText() == null || t.getText().isEmpty() ? t.getPromptText() : t.getText();
            default -> node.getAccessibleText();
        };
        if (text != null && !text.isBlank() && !(node instanceof IndexedCell<?>)) {
            s.append(" \"").append(shorten(text)).append('"');
        }
        if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null) {
            s.append(" in column \"").append(shorten(String.valueOf(cell.getTableColumn().getText()))).append('"');
        }
        return s.append(" @ ").append(path(node)).toString();
    }

    /** The ids of the node's ancestors and the tabs it lies in, outermost first: {@code #monitor-tabs[Feedback] › #feedback-form}. */
    static String path(Node node) {
        List<String> parts = new ArrayList<>();
        Set<Node> chain = new HashSet<>();
        for (Node n = node; n != null; n = n.getParent()) {
            chain.add(n);
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            String part = n.getId() == null ? null : "#" + n.getId();
            if (n instanceof TabPane tabs) {
                for (Tab tab : tabs.getTabs()) {
                    if (tab.getContent() != null && chain.contains(tab.getContent())) {
                        part = (part == null ? "TabPane" : part) + "[" + shorten(String.valueOf(tab.getText())) + "]";
                    }
                }
            }
            if (part != null) {
                parts.add(part);
            }
        }
        Collections.reverse(parts);
        return parts.isEmpty() ? "(scene root)" : String.join(" › ", parts);
    }

    static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 40 ? line.substring(0, 39) + "…" : line;
    }

    static String rect(Bounds b) {
        return Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + " " + Math.round(b.getWidth()) + "×" + Math.round(b.getHeight());
    }
}
