package com.motstudio.ui.journey;

import com.motstudio.model.CustomerType;
import com.motstudio.model.Stage;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.FieldCommit;
import com.motstudio.ui.common.ScrollToFocus;
import com.motstudio.ui.common.TaskRunner;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The Journey page: on the Edit tab the stages, the chosen stage's touchpoints with fast capture,
 * and the chosen touchpoint's form; on the Map tab the journey map with its emotion curves. Above
 * both: which customer type's emotions are shown, and a second one to compare on the map.
 */
public final class JourneyView {
    private final JourneyViewModel vm;
    private final Texts texts;
    private final BorderPane root = new BorderPane();
    private final TextField stageName = new TextField();
    private final TextField stageDescription = new TextField();
    private final StageList stageList;
    private final TouchpointTable table;
    private final TouchpointForm form;
    private final TabPane tabs = new TabPane();
    private final JourneyMapPane map;
    private final javafx.scene.layout.FlowPane toolbar;

    public JourneyView(JourneyViewModel vm, Texts texts, Dialogs dialogs, TaskRunner runner, Supplier<Path> folder) {
        this.vm = vm;
        this.texts = texts;
        JourneyFlows flows = new JourneyFlows(vm, texts, dialogs, runner, folder);
        stageList = new StageList(vm, texts, new StageList.Actions() {
            @Override
            public void add() {
                vm.addStage(texts.format("journey.stage.defaultName", vm.stages().size() + 1));
                stageName.requestFocus();
                stageName.selectAll();
            }

            @Override
            public void delete(String stageId) {
                flows.deleteStage(stageId);
            }

            @Override
            public void rename(String stageId) {
                stageName.requestFocus();
                stageName.selectAll();
            }
        });
        form = new TouchpointForm(vm, texts);
        table = new TouchpointTable(vm, texts, new TouchpointTable.Actions() {
            @Override
            public void edit() {
                form.focusName();
            }

            @Override
            public void delete() {
                flows.deleteTouchpoint();
            }

            @Override
            public void duplicate() {
                var tp = vm.selectedTouchpointProperty().get();
                if (tp != null) {
                    vm.duplicateTouchpoint(texts.format("journey.copyName", tp.name()));
                }
            }
        });
        Tab edit = new Tab(texts.get("journey.tab.edit"), editTab());
        edit.setId("journey-tab-edit");
        map = new JourneyMapPane(vm, texts, flows, () -> {
            // after the double click has been handled, or the tab pane takes the focus back
            javafx.application.Platform.runLater(() -> {
                tabs.getSelectionModel().select(0);
                form.focusName();
            });
        });
        Tab mapTab = new Tab(texts.get("journey.tab.map"), map.root());
        mapTab.setId("journey-tab-map");
        tabs.getTabs().setAll(edit, mapTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("journey-tabs");
        // the map is painted only while it is in view; bring it up to date when its tab is chosen
        tabs.getSelectionModel().selectedItemProperty().subscribe(tab -> {
            if (tab == mapTab) {
                javafx.application.Platform.runLater(map::refresh);
            }
        });
        Button importCsv = new Button(texts.get("journey.import.button"), new FontIcon(Feather.UPLOAD));
        importCsv.setId("journey-import");
        importCsv.setOnAction(e -> flows.importCsv());
        importCsv.setMinWidth(Region.USE_PREF_SIZE);
        table.addToolbarButton(importCsv);
        toolbar = toolbar();
        root.setTop(toolbar);
        root.setCenter(tabs);
        root.setId("journey-page");
    }

    public Parent root() {
        return root;
    }

    /** Adds "Start a room session" to the page's top row, running {@code start} (View > Start a room session). */
    public void offerRoom(Runnable start) {
        toolbar.getChildren().add(com.motstudio.ui.common.RoomEntry.of(texts, "journey-room", start));
    }

    /** Where a touchpoint's chip is on the screen, while the map is shown (for tests). */
    java.util.Optional<javafx.geometry.Point2D> chipOnScreen(String touchpointId) {
        return map.chipOnScreen(touchpointId);
    }

    /** Shows the map tab (e.g. for a screenshot). */
    public void showMap() {
        tabs.getSelectionModel().select(1);
    }

    private javafx.scene.layout.FlowPane toolbar() {
        ComboBox<String> shown = typeChoice("journey-shown-type", false);
        shown.valueProperty().bindBidirectional(vm.shownTypeIdProperty());
        ComboBox<String> compare = typeChoice("journey-compare-type", true);
        compare.valueProperty().bindBidirectional(vm.compareTypeIdProperty());
        Label shownLabel = new Label(texts.get("journey.shownType"));
        shownLabel.setLabelFor(shown);
        Label compareLabel = new Label(texts.get("journey.compareType"));
        compareLabel.setLabelFor(compare);
        for (Label label : new Label[] {shownLabel, compareLabel}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        // label and choice stay together; the second pair goes under the first on a narrow page
        shown.setMinWidth(Region.USE_PREF_SIZE);
        compare.setMinWidth(Region.USE_PREF_SIZE);
        HBox shownPair = new HBox(8, shownLabel, shown);
        shownPair.setAlignment(Pos.CENTER_LEFT);
        HBox comparePair = new HBox(8, compareLabel, compare);
        comparePair.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(16, 6, shownPair, comparePair);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 6, 12));
        return bar;
    }

    /** A choice of customer type by id; with {@code none}, an empty choice first. */
    private ComboBox<String> typeChoice(String id, boolean none) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        Runnable fill = () -> {
            String keep = box.getValue();
            var ids = new java.util.ArrayList<String>();
            if (none) {
                ids.add(null);
            }
            vm.customerTypes().forEach(t -> ids.add(t.id()));
            box.getItems().setAll(ids);
            box.setValue(keep);
        };
        vm.customerTypes().subscribe(fill);
        fill.run();
        box.setCellFactory(l -> new TypeCell());
        box.setButtonCell(new TypeCell());
        box.setAccessibleText(texts.get(none ? "journey.compareType" : "journey.shownType"));
        box.setPrefWidth(200);
        return box;
    }

    private final class TypeCell extends ListCell<String> {
        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            if (empty) {
                setText(null);
                return;
            }
            setText(id == null ? texts.get("journey.compare.none")
                    : vm.customerTypes().stream().filter(t -> t.id().equals(id)).map(CustomerType::name).findFirst().orElse(""));
        }
    }

    private SplitPane editTab() {
        Label stageLabel = new Label(texts.get("journey.stage.name"));
        stageLabel.setLabelFor(stageName);
        stageName.setId("journey-stage-name");
        stageDescription.setId("journey-stage-description");
        stageDescription.setPromptText(texts.get("journey.stage.descriptionPrompt"));
        stageDescription.setAccessibleText(texts.get("journey.stage.description"));
        FieldCommit.on(stageName, () -> selectedStage().map(Stage::name).orElse(""), v -> selectedStage()
                .ifPresent(s -> vm.renameStage(s.id(), v)));
        FieldCommit.on(stageDescription, () -> selectedStage().map(Stage::description).orElse(""), v -> selectedStage()
                .ifPresent(s -> vm.describeStage(s.id(), v)));
        Runnable showStage = () -> {
            stageName.setText(selectedStage().map(Stage::name).orElse(""));
            stageDescription.setText(selectedStage().map(Stage::description).orElse(""));
            stageName.setDisable(selectedStage().isEmpty());
            stageDescription.setDisable(selectedStage().isEmpty());
        };
        vm.selectedStageIdProperty().subscribe(showStage);
        vm.stages().subscribe(showStage);
        showStage.run();
        HBox.setHgrow(stageName, Priority.SOMETIMES);
        HBox.setHgrow(stageDescription, Priority.ALWAYS);
        stageLabel.setMinWidth(Region.USE_PREF_SIZE);
        stageName.setMinWidth(80);
        stageDescription.setMinWidth(80);
        HBox stageRow = new HBox(8, stageLabel, stageName, stageDescription);
        stageRow.setAlignment(Pos.CENTER_LEFT);
        VBox upper = new VBox(8, stageRow, table.root());
        VBox.setVgrow(table.root(), Priority.ALWAYS);
        upper.setPadding(new Insets(8, 8, 4, 4));
        ScrollPane formScroll = new ScrollPane(form.root());
        formScroll.setFitToWidth(true);
        formScroll.setId("journey-form-scroll");
        ScrollToFocus.follow(formScroll);
        SplitPane right = new SplitPane(upper, formScroll);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        VBox left = new VBox(stageList.root());
        left.setPadding(new Insets(8, 4, 8, 8));
        VBox.setVgrow(stageList.root(), Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(left, false);
        return split;
    }

    private java.util.Optional<Stage> selectedStage() {
        return vm.journey().stage(vm.selectedStageIdProperty().get());
    }
}
