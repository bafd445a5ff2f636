package com.motstudio.ui.plan;

import atlantafx.base.theme.Styles;
import com.motstudio.model.CheckMethod;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.ServiceStandard;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.FieldCommit;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A moment's service standards, each an ordered checklist of behaviours with a measurable
 * criterion and how it is checked. Typed like a list: Enter in a criterion adds the next item
 * below and goes there; Alt+Up and Alt+Down move an item; Ctrl+Delete removes it.
 */
final class StandardsEditor {
    private final PlanViewModel vm;
    private final Texts texts;
    private final VBox root = new VBox(14);
    private final Map<String, TextField> behaviours = new HashMap<>();
    private final List<Runnable> refreshers = new java.util.ArrayList<>();
    private List<List<String>> shape = List.of();
    private String focusNext;

    StandardsEditor(PlanViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        root.setId("plan-standards");
    }

    Node root() {
        return root;
    }

    /** Shows the moment's standards; rebuilt only when standards or items came or went, so typing keeps its place. */
    void show(String momentId) {
        List<ServiceStandard> standards = momentId == null ? List.of() : vm.standards(momentId);
        List<List<String>> now = standards.stream().map(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.id()),
                s.items().stream().map(ChecklistItem::id)).toList()).toList();
        if (!now.equals(shape) || root.getChildren().isEmpty()) {
            shape = now;
            behaviours.clear();
            refreshers.clear();
            root.getChildren().clear();
            if (standards.isEmpty()) {
                Label none = new Label(texts.get("plan.standard.none"));
                none.getStyleClass().add(Styles.TEXT_MUTED);
                none.setWrapText(true);
                root.getChildren().add(none);
            }
            standards.forEach(s -> root.getChildren().add(standard(s)));
        } else {
            // same standards and items: the fields show the stored values (after undo, redo, another commit)
            refreshers.forEach(Runnable::run);
        }
        if (focusNext != null && behaviours.containsKey(focusNext)) {
            TextField target = behaviours.get(focusNext);
            focusNext = null;
            Platform.runLater(target::requestFocus);
        }
    }

    /** Puts the keyboard in this item's behaviour field after the next refresh. */
    void focusItem(String itemId) {
        focusNext = itemId;
    }

    private Node standard(ServiceStandard s) {
        TextField title = new TextField(s.title());
        title.setId("plan-standard-title-" + s.id());
        title.setPromptText(texts.get("plan.standard.title"));
        title.setAccessibleText(texts.get("plan.standard.title"));
        title.getStyleClass().add("plan-standard-title");
        java.util.function.Supplier<String> storedTitle = () -> vm.standards(s.momentId()).stream()
                .filter(x -> x.id().equals(s.id())).findFirst().map(ServiceStandard::title).orElse("");
        FieldCommit.on(title, storedTitle, text -> vm.renameStandard(s.id(), text));
        follow(title, storedTitle);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button add = new Button(texts.get("plan.item.add"), new FontIcon(Feather.PLUS));
        add.setId("plan-item-add-" + s.id());
        add.setOnAction(e -> {
            focusItem(vm.addItem(s.id(), null));
            show(s.momentId());
        });
        Button remove = icon(Feather.TRASH_2, "plan.standard.remove");
        remove.setOnAction(e -> vm.removeStandard(s.id()));
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox head = new HBox(6, title, add, remove);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head);
        box.getStyleClass().add("plan-standard");
        for (int i = 0; i < s.items().size(); i++) {
            box.getChildren().add(item(s, s.items().get(i), i + 1));
        }
        return box;
    }

    private Node item(ServiceStandard s, ChecklistItem item, int number) {
        Label place = new Label(number + ".");
        place.setMinWidth(22);
        TextField behaviour = field(item.behaviour(), "plan.item.behaviour", "plan-item-behaviour-" + item.id());
        TextField criterion = field(item.criterion(), "plan.item.criterion", "plan-item-criterion-" + item.id());
        behaviours.put(item.id(), behaviour);
        FieldCommit.on(behaviour, () -> stored(s, item.id()).behaviour(),
                t -> vm.updateItem(s.id(), item.id(), i -> new ChecklistItem(i.id(), t.strip(), i.criterion(), i.method())));
        FieldCommit.on(criterion, () -> stored(s, item.id()).criterion(),
                t -> vm.updateItem(s.id(), item.id(), i -> new ChecklistItem(i.id(), i.behaviour(), t.strip(), i.method())));
        follow(behaviour, () -> stored(s, item.id()).behaviour());
        follow(criterion, () -> stored(s, item.id()).criterion());
        behaviour.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                criterion.requestFocus();
            }
        });
        criterion.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                focusItem(vm.addItem(s.id(), item.id()));
                show(s.momentId());
            }
        });
        ComboBox<CheckMethod> method = Choices.of(texts::of);
        method.getItems().setAll(CheckMethod.values());
        method.setValue(item.method());
        method.setId("plan-item-method-" + item.id());
        method.setAccessibleText(texts.get("plan.item.method"));
        refreshers.add(() -> method.setValue(stored(s, item.id()).method()));
        method.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.updateItem(s.id(), item.id(), i -> new ChecklistItem(i.id(), i.behaviour(), i.criterion(), b));
            }
        });
        Button delete = icon(Feather.X, "plan.item.remove");
        delete.setOnAction(e -> vm.removeItem(s.id(), item.id()));
        // two lines, so each text has the form's width: the behaviour, then criterion, method and delete
        method.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.GridPane row = new javafx.scene.layout.GridPane(6, 4);
        row.add(place, 0, 0);
        row.add(behaviour, 1, 0, 3, 1);
        row.addRow(1, new javafx.scene.layout.Region(), criterion, method, delete);
        row.getStyleClass().add("plan-item");
        behaviour.setMaxWidth(Double.MAX_VALUE);
        criterion.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(behaviour, Priority.ALWAYS);
        GridPane.setHgrow(criterion, Priority.ALWAYS);
        row.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                focusItem(item.id());
                vm.moveItem(s.id(), item.id(), e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.DELETE) {
                vm.removeItem(s.id(), item.id());
                e.consume();
            }
        });
        return row;
    }

    private void follow(TextField field, java.util.function.Supplier<String> stored) {
        refreshers.add(() -> {
            if (!field.getText().equals(stored.get())) {
                field.setText(stored.get());
            }
        });
    }

    private ChecklistItem stored(ServiceStandard s, String itemId) {
        return vm.standards(s.momentId()).stream().filter(x -> x.id().equals(s.id())).flatMap(x -> x.items().stream())
                .filter(i -> i.id().equals(itemId)).findFirst().orElse(new ChecklistItem(itemId, "", "", null));
    }

    private TextField field(String value, String key, String id) {
        TextField field = new TextField(value);
        field.setPromptText(texts.get(key));
        field.setAccessibleText(texts.get(key));
        field.setId(id);
        field.setPrefColumnCount(14);
        return field;
    }

    private Button icon(Feather icon, String key) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setAccessibleText(texts.get(key));
        button.setTooltip(new javafx.scene.control.Tooltip(texts.get(key)));
        return button;
    }
}
