package com.motstudio.ui.journey;

import com.motstudio.report.map.JourneyMap;
import com.motstudio.report.map.MapPng;
import com.motstudio.text.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The size of a PNG of the map: presets for screen, slides and posters, or any width, with the height that follows. */
final class PngOptions {
    private static final int[] PRESETS = {1920, 3840, 7680};
    private final SimpleIntegerProperty width = new SimpleIntegerProperty(3840);
    private final VBox root;
    private final BooleanBinding invalid;

    PngOptions(JourneyMap map, Texts texts) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(200, MapPng.MAX_SIDE, 3840, 100));
        spinner.setEditable(true);
        spinner.setId("png-width");
        spinner.getValueFactory().valueProperty().addListener((o, a, b) -> width.set(b == null ? 0 : b));
        ToggleGroup group = new ToggleGroup();
        HBox presets = new HBox(6);
        for (int i = 0; i < PRESETS.length; i++) {
            int preset = PRESETS[i];
            ToggleButton button = new ToggleButton(texts.get("journey.png.preset." + i));
            button.setToggleGroup(group);
            button.setId("png-preset-" + i);
            button.setOnAction(e -> spinner.getValueFactory().setValue(preset));
            presets.getChildren().add(button);
        }
        Label widthLabel = new Label(texts.get("journey.png.width"));
        widthLabel.setLabelFor(spinner);
        Label size = new Label();
        size.setId("png-size");
        size.textProperty().bind(Bindings.createStringBinding(() -> describe(map, width.get(), texts), width));
        size.setWrapText(true);
        invalid = Bindings.createBooleanBinding(() -> !fits(map, width.get()), width);
        root = new VBox(10, presets, new HBox(8, widthLabel, spinner), size);
        root.setPrefWidth(460);
    }

    Parent root() {
        return root;
    }

    BooleanBinding invalid() {
        return invalid;
    }

    int width() {
        return width.get();
    }

    private static boolean fits(JourneyMap map, int w) {
        int h = MapPng.heightFor(map, Math.max(1, w));
        return w > 0 && w <= MapPng.MAX_SIDE && h <= MapPng.MAX_SIDE && (long) w * h <= MapPng.MAX_PIXELS;
    }

    private static String describe(JourneyMap map, int w, Texts texts) {
        int h = MapPng.heightFor(map, Math.max(1, w));
        return fits(map, w) ? texts.format("journey.png.size", w, h, String.format(texts.language().locale(), "%.1f", w * (double) h / 1e6))
                : texts.format("journey.png.tooLarge", w, h);
    }
}
