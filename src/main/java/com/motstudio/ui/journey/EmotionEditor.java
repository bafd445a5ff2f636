package com.motstudio.ui.journey;

import atlantafx.base.theme.Styles;
import com.motstudio.model.CustomerType;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.Touchpoint;
import com.motstudio.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * How each customer type feels at the touchpoint: a slider from −5 to +5 per type, which the arrow
 * keys, + and −, and digits (−3 typed as "−", "3") also set, and a button to clear a score that
 * was not observed. A score is committed when the slider is let go or a key sets it.
 */
final class EmotionEditor {
    private record Row(CustomerType type, Slider slider, Label value, Button clear) {}

    private final JourneyViewModel vm;
    private final Texts texts;
    private final GridPane grid = new GridPane();
    private final List<Row> rows = new ArrayList<>();
    private Touchpoint shown;
    private boolean loading;

    EmotionEditor(JourneyViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        grid.setHgap(8);
        grid.setVgap(4);
        vm.customerTypes().subscribe(this::build);
        build();
    }

    Node root() {
        return grid;
    }

    void show(Touchpoint touchpoint) {
        shown = touchpoint;
        loading = true;
        try {
            for (Row row : rows) {
                Integer score = touchpoint.emotionOf(row.type().id()).orElse(null);
                row.slider().setValue(score == null ? 0 : score);
                row.slider().setOpacity(score == null ? 0.45 : 1);
                row.value().setText(score == null ? texts.get("journey.emotion.none") : Faces.signed(score));
                row.value().setGraphic(score == null ? null : Faces.of(score));
                row.clear().setDisable(score == null);
            }
        } finally {
            loading = false;
        }
    }

    private void build() {
        grid.getChildren().clear();
        rows.clear();
        List<CustomerType> types = vm.customerTypes();
        for (int i = 0; i < types.size(); i++) {
            CustomerType type = types.get(i);
            Slider slider = new Slider(EmotionScore.MIN, EmotionScore.MAX, 0);
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(0);
            slider.setSnapToTicks(true);
            slider.setShowTickMarks(true);
            slider.setBlockIncrement(1);
            slider.setId("journey-tp-emotion-" + i);
            slider.setAccessibleText(texts.format("journey.emotion.of", type.name()));
            slider.setMinWidth(90);
            Label name = new Label(type.name());
            name.setLabelFor(slider);
            name.setWrapText(true);
            name.setMaxWidth(110);
            Label value = new Label();
            value.setId("journey-tp-emotion-value-" + i);
            value.setMinWidth(52);
            Button clear = new Button(null, new FontIcon(Feather.X));
            clear.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            clear.setTooltip(new Tooltip(texts.get("journey.emotion.clear")));
            clear.setAccessibleText(texts.get("journey.emotion.clear"));
            clear.setId("journey-tp-emotion-clear-" + i);
            clear.setOnAction(e -> commit(type, null));
            slider.valueChangingProperty().addListener((o, was, is) -> {
                if (!is) {
                    commit(type, (int) Math.round(slider.getValue()));
                }
            });
            slider.valueProperty().addListener((o, a, b) -> {
                if (!slider.isValueChanging()) {
                    commit(type, (int) Math.round(b.doubleValue()));
                }
            });
            EmotionKeys keys = new EmotionKeys();
            slider.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys.apply(e, current(type)).ifPresent(score -> {
                commit(type, score);
                e.consume();
            }));
            grid.addRow(i, name, slider, value, clear);
            GridPane.setHgrow(slider, Priority.ALWAYS);
            GridPane.setHalignment(value, javafx.geometry.HPos.LEFT);
            rows.add(new Row(type, slider, value, clear));
        }
        grid.setAlignment(Pos.CENTER_LEFT);
        if (shown != null) {
            show(shown);
        }
    }

    private Integer current(CustomerType type) {
        return shown == null ? null : shown.emotionOf(type.id()).orElse(null);
    }

    private void commit(CustomerType type, Integer score) {
        if (!loading && shown != null) {
            vm.change(shown.id(), "journey.change.emotion", t -> t.withEmotion(type.id(), score));
        }
    }
}
