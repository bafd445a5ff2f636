package com.motstudio.ui.journey;

import atlantafx.base.theme.Styles;
import com.motstudio.model.Stage;
import com.motstudio.text.Texts;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The stages of the journey in order: choose one to edit its touchpoints, add, reorder (Alt+↑/↓
 * or drag), delete; a touchpoint dragged from the table onto a stage moves there.
 */
final class StageList {
    /** What a drag carries: a stage id or a touchpoint id. */
    static final DataFormat STAGE = new DataFormat("application/x-mot-stage");
    static final DataFormat TOUCHPOINT = new DataFormat("application/x-mot-touchpoint");

    interface Actions {
        void add();

        void delete(String stageId);

        void rename(String stageId);
    }

    private final JourneyViewModel vm;
    private final ListView<Stage> list = new ListView<>();
    private final VBox root;
    private boolean selecting;

    StageList(JourneyViewModel vm, Texts texts, Actions actions) {
        this.vm = vm;
        list.setId("journey-stages");
        list.setItems(vm.stages());
        list.setAccessibleText(texts.get("journey.stages"));
        list.setCellFactory(v -> new StageCell(texts));
        list.setPlaceholder(wrapped(texts.get("journey.stages.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, stage) -> {
            if (!selecting && stage != null) {
                vm.selectedStageIdProperty().set(stage.id());
            }
        });
        vm.selectedStageIdProperty().subscribe(this::select);
        // on the list the view shows, so after the list's own selection has followed a change
        list.getItems().subscribe(() -> select(vm.selectedStageIdProperty().get()));
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> { // before the list moves its own selection
            Stage stage = list.getSelectionModel().getSelectedItem();
            if (stage == null) {
                return;
            }
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                vm.moveStage(stage.id(), list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.UP ? -1 : 1));
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                actions.delete(stage.id());
                e.consume();
            } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                actions.rename(stage.id());
                e.consume();
            }
        });
        Label title = new Label(texts.get("journey.stages"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setLabelFor(list);
        Button add = button(Feather.PLUS, texts.get("journey.stage.add"), "journey-stage-add");
        add.setOnAction(e -> actions.add());
        Button up = button(Feather.ARROW_UP, texts.get("journey.stage.up"), "journey-stage-up");
        up.setOnAction(e -> moveSelected(-1));
        Button down = button(Feather.ARROW_DOWN, texts.get("journey.stage.down"), "journey-stage-down");
        down.setOnAction(e -> moveSelected(1));
        Button delete = button(Feather.TRASH_2, texts.get("journey.stage.delete"), "journey-stage-delete");
        delete.setOnAction(e -> {
            Stage stage = list.getSelectionModel().getSelectedItem();
            if (stage != null) {
                actions.delete(stage.id());
            }
        });
        for (Button b : new Button[] {up, down, delete}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        HBox buttons = new HBox(4, add, up, down, delete);
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(6, title, list, buttons);
        root.setMinWidth(150);
    }

    Node root() {
        return root;
    }

    void focus() {
        list.requestFocus();
    }

    private void moveSelected(int delta) {
        Stage stage = list.getSelectionModel().getSelectedItem();
        if (stage != null) {
            vm.moveStage(stage.id(), list.getSelectionModel().getSelectedIndex() + delta);
        }
    }

    private void select(String stageId) {
        selecting = true;
        try {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id().equals(stageId)) {
                    list.getSelectionModel().select(i);
                    return;
                }
            }
            list.getSelectionModel().clearSelection();
        } finally {
            selecting = false;
        }
    }

    private static Button button(Ikon icon, String text, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        button.getStyleClass().addAll(Styles.SMALL);
        return button;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    /** A stage with its number and touchpoint count; a drag source for reordering and a drop target for touchpoints. */
    private final class StageCell extends ListCell<Stage> {
        private final Texts texts;

        StageCell(Texts texts) {
            this.texts = texts;
            // wrap long stage names in the list's width instead of cutting them or widening the list
            prefWidthProperty().bind(list.widthProperty().subtract(18));
            setMaxWidth(Region.USE_PREF_SIZE);
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.put(STAGE, getItem().id());
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (getItem() != null && (e.getDragboard().hasContent(STAGE) || e.getDragboard().hasContent(TOUCHPOINT))) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    e.consume();
                }
            });
            setOnDragDropped(e -> {
                if (getItem() == null) {
                    return;
                }
                if (e.getDragboard().getContent(STAGE) instanceof String stageId) {
                    vm.moveStage(stageId, getIndex());
                    e.setDropCompleted(true);
                } else if (e.getDragboard().getContent(TOUCHPOINT) instanceof String touchpointId) {
                    vm.moveTouchpointTo(touchpointId, getItem().id(), Integer.MAX_VALUE);
                    e.setDropCompleted(true);
                }
                e.consume();
            });
        }

        @Override
        protected void updateItem(Stage stage, boolean empty) {
            super.updateItem(stage, empty);
            if (empty || stage == null) {
                setText(null);
                setId(null);
                return;
            }
            setText(texts.format("journey.stage.row", getIndex() + 1, stage.name(), stage.touchpoints().size()));
            setWrapText(true);
            setId("journey-stage-" + getIndex());
        }
    }
}
