package com.motstudio.ui.journey;

import atlantafx.base.theme.Styles;
import com.motstudio.model.Channel;
import com.motstudio.model.JourneyPhase;
import com.motstudio.model.MomentCategory;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.TouchpointRole;
import com.motstudio.text.Texts;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Every field of the chosen touchpoint: name, description, channel, phase, moment category, roles,
 * owner department, what the customer does, how each customer type feels, pain points,
 * opportunities and evidence. Text commits on Enter or on leaving a field; lists take one item per
 * line. Tab goes from field to field.
 */
final class TouchpointForm {
    /** One field: shows a touchpoint's value, and turns the shown text back into a change. */
    private record TextBinding(TextInputControl field, Function<Touchpoint, String> read,
                               BiFunction<Touchpoint, String, Touchpoint> write, String label) {}

    private final JourneyViewModel vm;
    private final Texts texts;
    private final List<TextBinding> textFields = new ArrayList<>();
    private final TextField name = new TextField();
    private final ComboBox<String> channel = new ComboBox<>();
    private final ComboBox<String> phase = new ComboBox<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final List<CheckBox> roles = new ArrayList<>();
    private final EmotionEditor emotions;
    private final GridPane grid = new GridPane();
    private final VBox root;
    private final Label empty;
    private int row;
    private String shownId;
    private boolean loading;

    TouchpointForm(JourneyViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        emotions = new EmotionEditor(vm, texts);
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        text(name, "name", Touchpoint::name, (t, v) -> v.isBlank() ? t : t.withName(v), "journey.change.name");
        text(area(2), "description", Touchpoint::description, Touchpoint::withDescription, "journey.change.description");
        choice(channel, "channel", Channel.values(), (t, v) -> t.withChannel(v == null ? null : Channel.valueOf(v)), "journey.change.channel");
        choice(phase, "phase", JourneyPhase.values(), (t, v) -> t.withPhase(v == null ? null : JourneyPhase.valueOf(v)), "journey.change.phase");
        choice(category, "category", MomentCategory.values(),
                (t, v) -> t.withCategory(v == null ? null : MomentCategory.valueOf(v)), "journey.change.category");
        roles();
        text(new TextField(), "owner", Touchpoint::ownerDepartment, Touchpoint::withOwnerDepartment, "journey.change.owner");
        text(new TextField(), "action", Touchpoint::customerAction, Touchpoint::withCustomerAction, "journey.change.action");
        emotionsRow();
        text(area(3), "pains", t -> String.join("\n", t.painPoints()), (t, v) -> t.withPainPoints(lines(v)), "journey.change.pains");
        text(area(3), "opportunities", t -> String.join("\n", t.opportunities()), (t, v) -> t.withOpportunities(lines(v)),
                "journey.change.opportunities");
        text(area(2), "evidence", Touchpoint::evidence, Touchpoint::withEvidence, "journey.change.evidence");
        empty = new Label(texts.get("journey.form.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        Label title = new Label(texts.get("journey.form.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        root = new VBox(10, title, empty, grid);
        root.setPadding(new Insets(8, 12, 16, 4));
        root.setId("journey-form");
        vm.selectedTouchpointProperty().subscribe((before, after) -> show(before, after));
        show(null, vm.selectedTouchpointProperty().get());
    }

    Node root() {
        return root;
    }

    /** Puts the keyboard in the name field, once the field is laid out and shown (e.g. after a tab switch). */
    void focusName() {
        javafx.scene.Scene scene = name.getScene();
        if (scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            name.requestFocus();
            name.selectAll();
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    private void show(Touchpoint before, Touchpoint after) {
        if (before != null && after != null && !before.id().equals(after.id())) {
            flush(before);
        }
        shownId = after == null ? null : after.id();
        grid.setVisible(after != null);
        grid.setManaged(after != null);
        empty.setVisible(after == null);
        empty.setManaged(after == null);
        if (after == null) {
            return;
        }
        loading = true;
        try {
            textFields.forEach(b -> b.field().setText(b.read().apply(after)));
            channel.setValue(code(after.channel()));
            phase.setValue(code(after.phase()));
            category.setValue(code(after.category()));
            for (int i = 0; i < roles.size(); i++) {
                roles.get(i).setSelected(after.roles().contains(TouchpointRole.values()[i]));
            }
            emotions.show(after);
        } finally {
            loading = false;
        }
    }

    /** Commits what was typed for the touchpoint the form showed before the selection moved on. */
    private void flush(Touchpoint before) {
        for (TextBinding b : textFields) {
            if (b.field().isFocused() && !b.field().getText().equals(b.read().apply(before))) {
                vm.change(before.id(), b.label(), t -> b.write().apply(t, b.field().getText().strip()));
            }
        }
    }

    private void text(TextInputControl field, String key, Function<Touchpoint, String> read,
                      BiFunction<Touchpoint, String, Touchpoint> write, String label) {
        TextBinding binding = new TextBinding(field, read, write, label);
        textFields.add(binding);
        com.motstudio.ui.common.FieldCommit.on(field, () -> {
            Touchpoint tp = vm.selectedTouchpointProperty().get();
            return tp == null ? "" : read.apply(tp);
        }, value -> {
            if (!loading) {
                vm.change(shownId, label, t -> write.apply(t, value.strip()));
            }
        });
        add(key, field, field);
    }

    private <E extends Enum<E>> void choice(ComboBox<String> box, String key, E[] values,
                                            BiFunction<Touchpoint, String, Touchpoint> write, String label) {
        box.getItems().add("");
        for (E value : values) {
            box.getItems().add(value.name());
        }
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                if (code == null || code.isEmpty()) {
                    return texts.get("journey.none");
                }
                for (E value : values) {
                    if (value.name().equals(code)) {
                        return texts.of(value);
                    }
                }
                return code;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, a, v) -> {
            if (!loading) {
                vm.change(shownId, label, t -> write.apply(t, v == null || v.isEmpty() ? null : v));
            }
        });
        add(key, box, box);
    }

    private void roles() {
        FlowPane boxes = new FlowPane(12, 6);
        for (TouchpointRole role : TouchpointRole.values()) {
            CheckBox box = new CheckBox(texts.of(role));
            box.setId("journey-tp-role-" + role.name());
            box.selectedProperty().addListener((o, a, on) -> {
                if (!loading) {
                    vm.change(shownId, "journey.change.roles", t -> t.withRoles(toggled(t.roles(), role, on)));
                }
            });
            roles.add(box);
            boxes.getChildren().add(box);
        }
        add("roles", boxes, roles.getFirst());
    }

    private static Set<TouchpointRole> toggled(Set<TouchpointRole> roles, TouchpointRole role, boolean on) {
        EnumSet<TouchpointRole> next = roles.isEmpty() ? EnumSet.noneOf(TouchpointRole.class) : EnumSet.copyOf(roles);
        if (on) {
            next.add(role);
        } else {
            next.remove(role);
        }
        return next;
    }

    private void add(String key, Node field, Node labelled) {
        Label label = new Label(texts.get("journey.field." + key));
        label.setWrapText(true);
        com.motstudio.ui.common.LongestWord.keepWhole(label);
        if (labelled != null) {
            label.setLabelFor(labelled);
            labelled.setId("journey-tp-" + key);
            labelled.setAccessibleText(label.getText());
        }
        grid.addRow(row++, label, field);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    /**
     * The emotions take the form's whole width, under their heading: beside a label column, the
     * sliders left too little room for the heading at large text, which then ran into the type names.
     */
    private void emotionsRow() {
        Label label = new Label(texts.get("journey.field.emotions"));
        label.setWrapText(true);
        grid.add(label, 0, row++, 2, 1);
        grid.add(emotions.root(), 0, row++, 2, 1);
        GridPane.setHgrow(emotions.root(), Priority.ALWAYS);
    }

    private static TextArea area(int rows) {
        TextArea area = new TextArea();
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String code(Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
