package com.motstudio.ui.plan;

import com.motstudio.model.ActionStatus;
import com.motstudio.model.ActionType;
import com.motstudio.model.ImprovementAction;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.DateText;
import com.motstudio.ui.common.FieldCommit;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Every field of one improvement action; each change is one undo step. */
final class ActionForm {
    private final PlanViewModel vm;
    private final Texts texts;
    private final VBox root;
    private final TextField title = new TextField();
    private final ComboBox<ActionType> type;
    private final TextArea description = new TextArea();
    private final LinkBoxes moments = new LinkBoxes("plan-action-link-",
            (id, on) -> update(x -> PlanChanges.moments(x, PlanChanges.toggled(x.momentIds(), id, on))));
    private final LinkBoxes kpis = new LinkBoxes("plan-action-kpi-",
            (id, on) -> update(x -> PlanChanges.kpis(x, PlanChanges.toggled(x.kpiIds(), id, on))));
    private final ComboBox<String> owner = new ComboBox<>();
    private final ComboBox<String> department = new ComboBox<>();
    private final DatePicker start = DateText.picker();
    private final DatePicker due = DateText.picker();
    private final ComboBox<Integer> effort = new ComboBox<>();
    private final ComboBox<Integer> impact = new ComboBox<>();
    private final TextField cost = new TextField();
    private final ComboBox<ActionStatus> status;
    private String actionId;

    ActionForm(PlanViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        type = Choices.of(texts::of);
        type.getItems().setAll(ActionType.values());
        status = Choices.of(texts::of);
        status.getItems().setAll(ActionStatus.values());
        FormGrid grid = new FormGrid(texts);
        grid.add("plan.action.title", title).setId("plan-action-title");
        grid.add("plan.action.type", type).setId("plan-action-type");
        grid.add("plan.action.description", description).setId("plan-action-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        grid.add("plan.action.moments", moments.root()).setId("plan-action-moments");
        grid.add("plan.action.kpis", kpis.root()).setId("plan-action-kpis");
        grid.add("plan.action.owner", owner).setId("plan-action-owner");
        grid.add("plan.action.department", department).setId("plan-action-department");
        grid.add("plan.action.start", start).setId("plan-action-start");
        grid.add("plan.action.due", due).setId("plan-action-due");
        grid.add("plan.action.effort", effort).setId("plan-action-effort");
        grid.add("plan.action.impact", impact).setId("plan-action-impact");
        grid.add("plan.action.cost", cost).setId("plan-action-cost");
        grid.add("plan.action.status", status).setId("plan-action-status");
        owner.setEditable(true);
        owner.setItems(vm.owners());
        department.setEditable(true);
        department.setItems(vm.departments());
        List<Integer> ratings = IntStream.rangeClosed(1, 5).boxed().toList();
        effort.getItems().setAll(ratings);
        impact.getItems().setAll(ratings);
        text(title, ImprovementAction::title, PlanChanges::title);
        text(description, ImprovementAction::description, PlanChanges::description);
        text(cost, ImprovementAction::costEstimate, PlanChanges::cost);
        text(owner.getEditor(), ImprovementAction::ownerPerson, PlanChanges::owner);
        text(department.getEditor(), ImprovementAction::ownerDepartment, PlanChanges::department);
        choice(owner, (a, v) -> PlanChanges.owner(a, v == null ? "" : v.strip()));
        choice(department, (a, v) -> PlanChanges.department(a, v == null ? "" : v.strip()));
        choice(type, PlanChanges::type);
        choice(status, PlanChanges::status);
        choice(start, PlanChanges::start);
        choice(due, PlanChanges::due);
        choice(effort, (a, v) -> PlanChanges.ratings(a, v, a.impact()));
        choice(impact, (a, v) -> PlanChanges.ratings(a, a.effort(), v));
        Button delete = new Button(texts.get("plan.action.remove"), new FontIcon(Feather.TRASH_2));
        delete.setId("plan-action-remove");
        delete.setOnAction(e -> { if (actionId != null) vm.removeAction(actionId); });
        root = new VBox(12, grid.root(), delete);
        root.setPadding(new Insets(10, 14, 14, 10));
        show(null);
    }

    Node root() {
        return root;
    }

    String actionId() {
        return actionId;
    }

    /** Shows the action's stored values (none: the form is disabled and empty). */
    void show(String id) {
        actionId = id;
        ImprovementAction a = id == null ? null : vm.action(id).orElse(null);
        root.setDisable(a == null);
        set(title, a == null ? "" : a.title());
        set(description, a == null ? "" : a.description());
        set(cost, a == null ? "" : a.costEstimate());
        owner.setValue(a == null ? "" : a.ownerPerson());
        set(owner.getEditor(), a == null ? "" : a.ownerPerson());
        department.setValue(a == null ? "" : a.ownerDepartment());
        set(department.getEditor(), a == null ? "" : a.ownerDepartment());
        type.setValue(a == null ? null : a.type());
        status.setValue(a == null ? null : a.status());
        start.setValue(a == null ? null : a.startDate());
        due.setValue(a == null ? null : a.dueDate());
        effort.setValue(a == null ? null : a.effort());
        impact.setValue(a == null ? null : a.impact());
        Map<String, String> momentNames = new LinkedHashMap<>();
        vm.moments().forEach(m -> momentNames.put(m.id(), vm.momentName(m.id())));
        moments.show(momentNames, a == null ? Set.of() : Set.copyOf(a.momentIds()));
        Map<String, String> kpiNames = new LinkedHashMap<>();
        vm.plan().kpis().forEach(k -> kpiNames.put(k.id(), k.name()));
        kpis.show(kpiNames, a == null ? Set.of() : Set.copyOf(a.kpiIds()));
    }

    /** Puts the keyboard in the field a warning is about. */
    void focus(String field) {
        switch (field) {
            case "owner" -> owner.requestFocus();
            case "due" -> due.requestFocus();
            default -> title.requestFocus();
        }
    }

    private void text(javafx.scene.control.TextInputControl field, Function<ImprovementAction, String> stored,
                      BiFunction<ImprovementAction, String, ImprovementAction> change) {
        FieldCommit.on(field, () -> actionId == null ? "" : vm.action(actionId).map(stored).orElse(""),
                text -> update(a -> change.apply(a, text.strip())));
    }

    private <T> void choice(ComboBox<T> box, BiFunction<ImprovementAction, T, ImprovementAction> change) {
        box.valueProperty().addListener((o, a, b) -> update(x -> change.apply(x, b)));
    }

    private void choice(DatePicker picker, BiFunction<ImprovementAction, LocalDate, ImprovementAction> change) {
        picker.valueProperty().addListener((o, a, b) -> update(x -> change.apply(x, b)));
    }

    private void update(java.util.function.UnaryOperator<ImprovementAction> change) {
        if (actionId != null) {
            vm.updateAction(actionId, change);
        }
    }

    private static void set(javafx.scene.control.TextInputControl field, String value) {
        if (!field.getText().equals(value)) {
            field.setText(value);
        }
    }
}
