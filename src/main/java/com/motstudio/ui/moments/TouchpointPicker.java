package com.motstudio.ui.moments;

import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks which touchpoints a survey item or need is about: every touchpoint of the journey with a
 * check box, in journey order and named with its stage. Space ticks the chosen one.
 */
final class TouchpointPicker {
    private TouchpointPicker() {}

    /** The touchpoints ticked, in journey order; empty when the user cancels. */
    static Optional<List<String>> ask(Dialogs dialogs, Texts texts, Journey journey, String what, List<String> linked) {
        Map<String, BooleanProperty> ticked = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Stage stage : journey.stages()) {
            for (Touchpoint t : stage.touchpoints()) {
                ticked.put(t.id(), new SimpleBooleanProperty(linked.contains(t.id())));
                names.put(t.id(), texts.format("surveydata.link.touchpoint", stage.name(), t.name()));
            }
        }
        ListView<String> list = new ListView<>();
        list.setId("moments-link-touchpoints");
        list.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("moments.link.empty")));
        list.getItems().setAll(ticked.keySet());
        // the ticks by touchpoint id, where an accessibility tool or test can read and set them
        list.setUserData(ticked);
        list.setCellFactory(CheckBoxListCell.forListView(ticked::get, com.motstudio.ui.common.Shown.as(names::get)));
        list.setPrefSize(460, 360);
        list.setOnKeyPressed(e -> {
            String id = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && id != null) {
                ticked.get(id).set(!ticked.get(id).get());
                e.consume();
            }
        });
        Label intro = new Label(texts.format("surveydata.link.intro", what));
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full, never cut short
        intro.setMaxWidth(460);
        boolean ok = dialogs.ask(texts.get("surveydata.link.title"), new VBox(8, intro, list), texts.get("surveydata.link.ok"),
                new SimpleBooleanProperty(false));
        return ok ? Optional.of(ticked.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList())
                : Optional.empty();
    }

    /** The names of linked touchpoints, joined, for a table cell. */
    static String names(Journey journey, List<String> ids) {
        return String.join(", ", ids.stream().map(id -> journey.touchpoint(id).map(Touchpoint::name).orElse(id)).toList());
    }
}
