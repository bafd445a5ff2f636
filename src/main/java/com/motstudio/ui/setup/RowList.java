package com.motstudio.ui.setup;

import atlantafx.base.theme.Styles;
import com.motstudio.text.Texts;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A short list edited in place: one row of controls per item, with buttons to move and remove it.
 * Rows live as long as their item, so when an edit refreshes the list the controls stay and the
 * keyboard focus stays where the user put it.
 */
final class RowList<T> {
    /** The controls of one item. */
    interface Row<T> {
        Node content();

        /** Shows {@code item}, which is at {@code index} (from 0); sets the ids that carry the index. */
        void show(T item, int index);

        void focus();
    }

    /** What the row buttons do; {@code move} is null for lists whose order means nothing. */
    record Actions<T>(Function<T, String> idOf, Function<T, String> nameOf,
                      BiConsumer<String, Integer> move, Consumer<String> remove) {}

    private record Shown<T>(Row<T> row, HBox box, Button up, Button down, Button remove) {}

    private final String idPrefix;
    private final ObservableList<T> items;
    private final Supplier<Row<T>> newRow;
    private final Actions<T> actions;
    private final Texts texts;
    private final Map<String, Shown<T>> rows = new HashMap<>();
    private final VBox list = new VBox(8);
    private final Label empty;
    private final VBox root;

    RowList(String idPrefix, ObservableList<T> items, Supplier<Row<T>> newRow, Actions<T> actions, Texts texts, String emptyText) {
        this.idPrefix = idPrefix;
        this.items = items;
        this.newRow = newRow;
        this.actions = actions;
        this.texts = texts;
        empty = new Label(emptyText);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        list.setId(idPrefix + "-list");
        root = new VBox(8, empty, list);
        items.subscribe(this::sync);
        sync();
    }

    Parent root() {
        return root;
    }

    /** Moves the keyboard focus into the row of the item with this id (e.g. one just added). */
    void focus(String id) {
        Shown<T> shown = rows.get(id);
        if (shown != null) {
            shown.row().focus();
        }
    }

    /** Shows every item again, e.g. when something the rows display (a group's name) changed elsewhere. */
    void reshow() {
        for (int i = 0; i < items.size(); i++) {
            rows.get(actions.idOf().apply(items.get(i))).row().show(items.get(i), i);
        }
    }

    private void sync() {
        List<Node> order = new ArrayList<>();
        Map<String, Shown<T>> kept = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String id = actions.idOf().apply(item);
            Shown<T> shown = rows.containsKey(id) ? rows.get(id) : create();
            show(shown, item, i);
            kept.put(id, shown);
            order.add(shown.box());
        }
        rows.clear();
        rows.putAll(kept);
        if (!list.getChildren().equals(order)) {
            list.getChildren().setAll(order);
        }
        empty.setVisible(items.isEmpty());
        empty.setManaged(items.isEmpty());
    }

    private Shown<T> create() {
        Row<T> row = newRow.get();
        Button up = button(Feather.ARROW_UP);
        Button down = button(Feather.ARROW_DOWN);
        Button remove = button(Feather.TRASH_2);
        HBox.setHgrow(row.content(), Priority.ALWAYS);
        HBox box = new HBox(4, row.content());
        box.setAlignment(Pos.TOP_LEFT);
        if (actions.move() != null) {
            box.getChildren().addAll(up, down);
        }
        box.getChildren().add(remove);
        box.getStyleClass().add("setup-row");
        return new Shown<>(row, box, up, down, remove);
    }

    private void show(Shown<T> shown, T item, int index) {
        shown.row().show(item, index);
        String id = actions.idOf().apply(item);
        String name = actions.nameOf().apply(item);
        describe(shown.up(), "-up-" + index, texts.format("setup.row.moveUp", name));
        describe(shown.down(), "-down-" + index, texts.format("setup.row.moveDown", name));
        describe(shown.remove(), "-remove-" + index, texts.format("setup.row.remove", name));
        shown.up().setDisable(index == 0);
        shown.down().setDisable(index == items.size() - 1);
        if (actions.move() != null) {
            shown.up().setOnAction(e -> actions.move().accept(id, -1));
            shown.down().setOnAction(e -> actions.move().accept(id, 1));
        }
        shown.remove().setOnAction(e -> actions.remove().accept(id));
    }

    private void describe(Button button, String idSuffix, String text) {
        button.setId(idPrefix + idSuffix);
        button.setAccessibleText(text);
        button.getTooltip().setText(text);
    }

    private static Button button(Ikon icon) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip());
        return button;
    }
}
