package com.motstudio.ui.plan;

import com.motstudio.method.plan.PlanWarning;
import com.motstudio.text.Texts;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;

/** The planning warnings; a click or Enter on one goes to the thing it is about. */
final class WarningList {
    private final ListView<PlanWarning> list = new ListView<>();

    WarningList(PlanViewModel vm, Texts texts, Consumer<PlanWarning> goTo) {
        list.setId("plan-warnings");
        list.setItems(vm.warnings());
        list.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("plan.warnings.none")));
        list.setPrefHeight(92);
        list.setFixedCellSize(30);
        list.setAccessibleText(texts.get("plan.warnings"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PlanWarning w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : text(vm, texts, w));
                setGraphic(empty || w == null ? null : new FontIcon(Feather.ALERT_TRIANGLE));
            }
        });
        list.setOnMouseClicked(e -> {
            PlanWarning w = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && w != null) {
                goTo.accept(w);
            }
        });
        list.setOnKeyPressed(e -> {
            PlanWarning w = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && w != null) {
                goTo.accept(w);
                e.consume();
            }
        });
    }

    ListView<PlanWarning> list() {
        return list;
    }

    /** The warning in words, naming its moment, action, KPI or owner. */
    static String text(PlanViewModel vm, Texts texts, PlanWarning w) {
        String name;
        if (w.kind().aboutMoment()) {
            name = vm.momentName(w.subject());
        } else if (w.kind().aboutAction()) {
            name = vm.action(w.subject()).map(a -> a.title().isEmpty() ? texts.get("plan.action.untitled") : a.title()).orElse("");
        } else if (w.kind().aboutKpi()) {
            name = vm.kpi(w.subject()).map(k -> k.name().isEmpty() ? texts.get("plan.action.untitled") : k.name()).orElse("");
        } else {
            name = w.subject();
        }
        return texts.format("plan.warning." + w.kind().name(), name, w.count());
    }
}
