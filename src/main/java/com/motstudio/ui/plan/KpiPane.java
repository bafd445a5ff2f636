package com.motstudio.ui.plan;

import com.motstudio.model.Direction;
import com.motstudio.model.Kpi;
import com.motstudio.store.StandardLibrary;
import com.motstudio.store.Templates;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.DateText;
import com.motstudio.ui.common.FieldCommit;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The KPIs tab: a name field that adds a KPI on Enter, examples for the workshop's sector, the list,
 * and the chosen KPI's unit, direction, baseline, target, target date, data source and moments.
 */
final class KpiPane {
    private final PlanViewModel vm;
    private final Texts texts;
    private final ListView<Kpi> list = new ListView<>();
    private final TextField quickAdd = new TextField();
    private final MenuButton examples = new MenuButton();
    private final TextField name = new TextField();
    private final TextField unit = new TextField();
    private final ComboBox<Direction> direction;
    private final TextField baseline = new TextField();
    private final TextField target = new TextField();
    private final DatePicker targetDate = DateText.picker();
    private final TextField source = new TextField();
    private final LinkBoxes moments = new LinkBoxes("plan-kpi-link-",
            (id, on) -> update(x -> PlanChanges.moments(x, PlanChanges.toggled(x.momentIds(), id, on))));
    private final VBox form;
    private final SplitPane root;
    private String kpiId;

    KpiPane(PlanViewModel vm, Texts texts, Supplier<String> currentMoment) {
        this.vm = vm;
        this.texts = texts;
        quickAdd.setId("plan-kpi-new");
        quickAdd.setPromptText(texts.get("plan.kpi.new"));
        quickAdd.setAccessibleText(texts.get("plan.kpi.new"));
        // Ctrl+Z and Ctrl+Y here act on the workshop, as in every field (nothing is committed on leaving)
        com.motstudio.ui.common.Commit.onEnterOrLeave(quickAdd, text -> { });
        quickAdd.setOnAction(e -> {
            if (!quickAdd.getText().isBlank()) {
                String id = vm.addKpi(quickAdd.getText(), currentMoment.get());
                quickAdd.clear();
                select(id);
            }
        });
        HBox.setHgrow(quickAdd, Priority.ALWAYS);
        examples.setText(texts.get("plan.kpi.examples"));
        examples.setGraphic(new FontIcon(Feather.BOOK_OPEN));
        examples.setId("plan-kpi-examples");
        examples.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        examples.setOnShowing(e -> fillExamples(currentMoment));
        fillExamples(currentMoment);
        HBox bar = new HBox(8, quickAdd, examples);
        bar.setAlignment(Pos.CENTER_LEFT);
        list.setId("plan-kpis");
        list.setAccessibleText(texts.get("plan.tab.kpis"));
        list.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("plan.kpis.none")));
        list.setItems(javafx.collections.FXCollections.observableArrayList());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Kpi k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : line(k));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, k) -> show(k == null ? null : k.id()));
        direction = Choices.of(texts::of);
        direction.getItems().setAll(Direction.values());
        FormGrid grid = new FormGrid(texts);
        grid.add("plan.kpi.name", name).setId("plan-kpi-name");
        grid.add("plan.kpi.unit", unit).setId("plan-kpi-unit");
        grid.add("plan.kpi.direction", direction).setId("plan-kpi-direction");
        grid.add("plan.kpi.baseline", baseline).setId("plan-kpi-baseline");
        grid.add("plan.kpi.target", target).setId("plan-kpi-target");
        grid.add("plan.kpi.targetDate", targetDate).setId("plan-kpi-target-date");
        grid.add("plan.kpi.source", source).setId("plan-kpi-source");
        grid.add("plan.kpi.moments", moments.root()).setId("plan-kpi-moments");
        text(name, Kpi::name, PlanChanges::name);
        text(unit, Kpi::unit, PlanChanges::unit);
        text(source, Kpi::dataSource, PlanChanges::source);
        number(baseline, Kpi::baseline, PlanChanges::baseline);
        number(target, Kpi::target, PlanChanges::target);
        direction.valueProperty().addListener((o, a, b) -> update(k -> b == null ? k : PlanChanges.direction(k, b)));
        targetDate.valueProperty().addListener((o, a, b) -> update(k -> PlanChanges.targetDate(k, b)));
        Button delete = new Button(texts.get("plan.kpi.remove"), new FontIcon(Feather.TRASH_2));
        delete.setId("plan-kpi-remove");
        delete.setOnAction(e -> { if (kpiId != null) vm.removeKpi(kpiId); });
        form = new VBox(12, grid.root(), delete);
        form.setPadding(new Insets(10, 14, 14, 10));
        VBox left = new VBox(8, bar, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(10, 6, 10, 10));
        ScrollPane right = new ScrollPane(form);
        right.setFitToWidth(true);
        right.setMinWidth(260);
        left.setMinWidth(180);
        root = new SplitPane(left, right);
        root.setDividerPositions(0.45);
        show(null);
    }

    Node root() {
        return root;
    }

    /** Chooses a KPI and puts the keyboard in its baseline or target field. */
    void select(String id, String field) {
        select(id);
        (field.equals("target") ? target : baseline).requestFocus();
    }

    void select(String id) {
        list.getItems().stream().filter(k -> k.id().equals(id)).findFirst().ifPresent(k -> list.getSelectionModel().select(k));
    }

    void refresh() {
        String chosen = kpiId;
        if (!list.getItems().equals(vm.plan().kpis())) {
            list.getItems().setAll(vm.plan().kpis());
        }
        if (chosen != null) {
            select(chosen);
        }
        show(chosen != null && vm.kpi(chosen).isPresent() ? chosen : null);
    }

    private void show(String id) {
        kpiId = id;
        Kpi k = id == null ? null : vm.kpi(id).orElse(null);
        form.setDisable(k == null);
        set(name, k == null ? "" : k.name());
        set(unit, k == null ? "" : k.unit());
        set(source, k == null ? "" : k.dataSource());
        set(baseline, k == null ? "" : Numbers.text(k.baseline()));
        set(target, k == null ? "" : Numbers.text(k.target()));
        direction.setValue(k == null ? null : k.direction());
        targetDate.setValue(k == null ? null : k.targetDate());
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        vm.moments().forEach(m -> names.put(m.id(), vm.momentName(m.id())));
        moments.show(names, k == null ? java.util.Set.of() : java.util.Set.copyOf(k.momentIds()));
    }

    private String line(Kpi k) {
        return texts.format("plan.kpi.line", k.name().isEmpty() ? texts.get("plan.action.untitled") : k.name(),
                k.unit(), figure(k.baseline()), figure(k.target()), texts.of(k.direction()));
    }

    private String figure(Double value) {
        return value == null ? texts.get("plan.kpi.missing") : Numbers.text(value);
    }

    private void fillExamples(Supplier<String> currentMoment) {
        examples.getItems().clear();
        String sector = vm.workshopProperty().get().info().sector();
        String from = Templates.SECTORS.contains(sector) ? sector : "government";
        for (StandardLibrary.KpiExample example : StandardLibrary.kpis(from, texts.language())) {
            MenuItem item = new MenuItem(example.name());
            item.setOnAction(e -> select(vm.insertKpi(example, currentMoment.get())));
            examples.getItems().add(item);
        }
    }

    private void text(TextField field, Function<Kpi, String> stored, java.util.function.BiFunction<Kpi, String, Kpi> change) {
        FieldCommit.on(field, () -> kpiId == null ? "" : vm.kpi(kpiId).map(stored).orElse(""), t -> update(k -> change.apply(k, t.strip())));
    }

    /** A number field: refused text (not a number) stays in the field, marked, until it is corrected. */
    private void number(TextField field, Function<Kpi, Double> stored, java.util.function.BiFunction<Kpi, Double, Kpi> change) {
        FieldCommit.onChecked(field, () -> kpiId == null ? "" : vm.kpi(kpiId).map(stored).map(Numbers::text).orElse(""), t -> {
            java.util.Optional<Double> value = Numbers.parse(t);
            boolean ok = t.isBlank() || value.isPresent();
            field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !ok);
            if (ok) {
                update(k -> change.apply(k, value.orElse(null)));
            }
            return ok;
        });
    }

    private void update(java.util.function.UnaryOperator<Kpi> change) {
        if (kpiId != null) {
            vm.updateKpi(kpiId, change);
        }
    }

    private static void set(TextField field, String value) {
        if (!field.getText().equals(value)) {
            field.setText(value);
        }
    }
}
