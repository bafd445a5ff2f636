package com.motstudio.ui.shell;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tab each tab pane of a page shows, by the tab pane's id, so a window rebuilt for another
 * language or text size opens the same tabs again. Walks the pages' own structure (tab contents,
 * scroll pane contents), not their skins, so it also sees tabs that were never shown.
 */
final class TabMemory {
    private final Map<String, Integer> selected = new HashMap<>();

    /** Notes the selected tab of every tab pane with an id under {@code page}. */
    void remember(Node page) {
        for (TabPane tabs : tabPanes(page)) {
            selected.put(tabs.getId(), tabs.getSelectionModel().getSelectedIndex());
        }
    }

    /** Selects the remembered tabs again in a newly built page. */
    void restore(Node page) {
        for (TabPane tabs : tabPanes(page)) {
            Integer index = selected.get(tabs.getId());
            if (index != null && index >= 0 && index < tabs.getTabs().size()) {
                tabs.getSelectionModel().select(index);
            }
        }
    }

    private static List<TabPane> tabPanes(Node root) {
        List<TabPane> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<TabPane> found) {
        if (node == null) {
            return;
        }
        switch (node) {
            case TabPane tabs -> {
                if (tabs.getId() != null) {
                    found.add(tabs);
                }
                for (Tab tab : tabs.getTabs()) {
                    collect(tab.getContent(), found);
                }
            }
            case ScrollPane scroll -> collect(scroll.getContent(), found);
            case SplitPane split -> split.getItems().forEach(item -> collect(item, found));
            case TitledPane titled -> collect(titled.getContent(), found);
            case Parent parent -> parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
            default -> { }
        }
    }
}
