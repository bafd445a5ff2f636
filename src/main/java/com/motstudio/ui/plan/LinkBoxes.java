package com.motstudio.ui.plan;

import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Check boxes linking a record to moments or KPIs. They are rebuilt only when the choices change,
 * so a box toggled with the keyboard keeps the focus while the workshop changes around it.
 */
final class LinkBoxes {
    private final FlowPane root = new FlowPane(10, 6);
    private final String idPrefix;
    private final BiConsumer<String, Boolean> toggle;
    private final Map<String, CheckBox> boxes = new LinkedHashMap<>();
    private List<String> shown = List.of();

    LinkBoxes(String idPrefix, BiConsumer<String, Boolean> toggle) {
        this.idPrefix = idPrefix;
        this.toggle = toggle;
    }

    FlowPane root() {
        return root;
    }

    /** {@code choices}: id to name, in order; {@code on}: the ids linked now. */
    void show(Map<String, String> choices, Set<String> on) {
        List<String> now = new ArrayList<>();
        choices.forEach((id, name) -> now.add(id + "\n" + name));
        if (!now.equals(shown)) {
            shown = now;
            boxes.clear();
            choices.forEach((id, name) -> {
                CheckBox box = new CheckBox(name);
                box.setId(idPrefix + id);
                box.selectedProperty().addListener((o, was, is) -> toggle.accept(id, is));
                boxes.put(id, box);
            });
            root.getChildren().setAll(boxes.values());
        }
        boxes.forEach((id, box) -> box.setSelected(on.contains(id)));
    }
}
