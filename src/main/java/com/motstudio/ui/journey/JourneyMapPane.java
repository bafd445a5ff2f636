package com.motstudio.ui.journey;

import com.motstudio.report.map.JourneyMap;
import com.motstudio.text.Texts;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Map tab: the journey map drawn by the report code (the same drawing as the PNG and PDF), with
 * zoom, fit to window and scroll bars; a click on a touchpoint chip selects it for editing.
 */
final class JourneyMapPane {
    private static final double[] ZOOMS = {0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3};

    private final JourneyViewModel vm;
    private final MapModel model;
    private final MapViewport viewport;
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Label zoomLabel = new Label();
    private final BorderPane root = new BorderPane();

    JourneyMapPane(JourneyViewModel vm, Texts texts, JourneyFlows flows, Runnable edit) {
        this.vm = vm;
        this.model = new MapModel(vm, texts);
        viewport = new MapViewport(model, (id, twice) -> {
            select(id);
            if (twice) {
                edit.run();
            }
        });
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.valueProperty().bindBidirectional(viewport.scrollXProperty());
        vertical.valueProperty().bindBidirectional(viewport.scrollYProperty());
        viewport.scrollRangeProperty().subscribe(this::updateBars);
        zoomLabel.setId("map-zoom");
        zoomLabel.setMinWidth(48);
        viewport.zoomProperty().subscribe(z -> zoomLabel.setText(Math.round(z.doubleValue() * 100) + "%"));
        Button out = button(Feather.ZOOM_OUT, texts.get("journey.map.zoomOut"), "map-zoom-out", () -> step(-1));
        Button in = button(Feather.ZOOM_IN, texts.get("journey.map.zoomIn"), "map-zoom-in", () -> step(1));
        Button fit = button(Feather.MAXIMIZE, texts.get("journey.map.fit"), "map-fit", viewport::fit);
        fit.setText(texts.get("journey.map.fit"));
        fit.setTooltip(new Tooltip(texts.get("journey.map.fit.tooltip")));
        fit.getTooltip().setWrapText(true);
        fit.getTooltip().setMaxWidth(420);
        Button actual = button(Feather.SQUARE, texts.get("journey.map.actual"), "map-actual", () -> viewport.zoomTo(1));
        actual.setText("100%");
        Button png = button(Feather.IMAGE, texts.get("journey.png.button"), "map-export-png",
                () -> flows.exportPng(model.map(), texts.get("journey.png.fileName") + ".png"));
        png.setText(texts.get("journey.png.button"));
        javafx.scene.control.Tooltip.install(viewport.root(), new Tooltip(texts.get("journey.map.hint")));
        viewport.root().setAccessibleHelp(texts.get("journey.map.hint"));
        viewport.root().setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        model.mapProperty().subscribe(m -> describe(texts));
        vm.selectedTouchpointIdProperty().subscribe(id -> describe(texts));
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, out, zoomLabel, in, fit, actual, grow, png);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        viewport.root().setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case PLUS, ADD, EQUALS -> step(1);
                case MINUS, SUBTRACT -> step(-1);
                case DIGIT0, NUMPAD0 -> viewport.fit();
                case LEFT, RIGHT -> {
                    int direction = e.getCode() == KeyCode.LEFT ? -1 : 1;
                    if (e.isShiftDown()) {
                        selectNeighbour(direction); // touchpoint by touchpoint, without a mouse
                    } else {
                        viewport.scrollBy(direction * 80, 0);
                    }
                }
                case ENTER -> edit.run();
                case UP, DOWN -> viewport.scrollBy(0, (e.getCode() == KeyCode.UP ? -1 : 1) * 80);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        BorderPane scrolled = new BorderPane(viewport.root());
        scrolled.setRight(vertical);
        scrolled.setBottom(horizontal);
        root.setTop(bar);
        root.setCenter(scrolled);
        root.setId("journey-map");
    }

    Node root() {
        return root;
    }

    /** Paints the map again, e.g. when its tab comes into view. */
    void refresh() {
        viewport.repaint();
    }

    java.util.Optional<javafx.geometry.Point2D> chipOnScreen(String touchpointId) {
        return viewport.chipOnScreen(touchpointId);
    }

    /** The map as drawn now, for tests and export. */
    JourneyMap map() {
        return model.map();
    }

    /** The map's text alternative, for screen readers: what it shows and which touchpoint is selected. */
    private void describe(Texts texts) {
        JourneyMap map = model.map();
        if (map != null) {
            java.util.List<String> types = java.util.stream.Stream.of(vm.shownTypeIdProperty().get(), vm.compareTypeIdProperty().get())
                    .filter(java.util.Objects::nonNull).distinct().toList();
            viewport.root().setAccessibleText(MapDescription.of(map, vm.workshopProperty().get(), types,
                    vm.selectedTouchpointIdProperty().get(), texts));
        }
    }

    /** Selects the touchpoint before or after the selected one, in journey order, and scrolls its chip into view. */
    private void selectNeighbour(int direction) {
        java.util.List<String> ids = vm.journey().touchpoints().stream().map(com.motstudio.model.Touchpoint::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        int at = ids.indexOf(vm.selectedTouchpointIdProperty().get());
        String next = ids.get(at < 0 ? 0 : Math.clamp(at + direction, 0, ids.size() - 1));
        select(next);
        viewport.reveal(next);
    }

    private void select(String touchpointId) {
        vm.journey().stageOf(touchpointId).ifPresent(stage -> vm.moveSelection(stage.id(), touchpointId));
    }

    private void step(int direction) {
        double zoom = viewport.zoomProperty().get();
        double next = zoom;
        for (double z : ZOOMS) {
            if (direction > 0 && z > zoom + 1e-6) {
                next = z;
                break;
            }
            if (direction < 0 && z < zoom - 1e-6) {
                next = z;
            }
        }
        viewport.zoomTo(next);
    }

    private void updateBars() {
        double[] range = viewport.scrollRangeProperty().get();
        horizontal.setMax(Math.max(0, range[0]));
        horizontal.setVisibleAmount(range[2]);
        horizontal.setDisable(range[0] <= 0);
        vertical.setMax(Math.max(0, range[1]));
        vertical.setVisibleAmount(range[3]);
        vertical.setDisable(range[1] <= 0);
    }

    private static Button button(Ikon icon, String text, String id, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }
}
