package com.motstudio.ui.journey;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.motstudio.model.Touchpoint;
import com.motstudio.text.Texts;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The touchpoints of the chosen stage as a table, with a field under it for fast capture: type a
 * name, press Enter, and the next one can be typed at once. In the table, keys move (Alt+arrows,
 * also to the neighbouring stage), duplicate (Ctrl+D), delete (Delete) and score the emotion of the
 * shown customer type (+, −, digits); rows can be dragged within the table or onto a stage.
 */
final class TouchpointTable {
    interface Actions {
        void edit();

        void delete();

        void duplicate();
    }

    private final JourneyViewModel vm;
    private final TableView<Touchpoint> table = new TableView<>();
    private final TextField capture = new TextField();
    private final EmotionKeys emotionKeys = new EmotionKeys();
    private final VBox root;
    private final HBox heading = new HBox(8);
    private boolean selecting;

    TouchpointTable(JourneyViewModel vm, Texts texts, Actions actions) {
        this.vm = vm;
        table.setId("journey-touchpoints");
        table.setItems(vm.touchpoints());
        table.setAccessibleText(texts.get("journey.touchpoints"));
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(texts.get("journey.touchpoints.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        TableColumn<Touchpoint, Number> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(table.getItems().indexOf(c.getValue()) + 1));
        number.setPrefWidth(36);
        number.setMaxWidth(48);
        number.setSortable(false);
        TableColumn<Touchpoint, String> name = new TableColumn<>(texts.get("journey.column.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(200);
        name.setSortable(false);
        TableColumn<Touchpoint, String> channel = new TableColumn<>(texts.get("journey.column.channel"));
        channel.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().channel() == null ? "" : texts.of(c.getValue().channel())));
        channel.setPrefWidth(80);
        channel.setSortable(false);
        TableColumn<Touchpoint, Touchpoint> emotion = new TableColumn<>(texts.get("journey.column.emotion"));
        emotion.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        emotion.setCellFactory(c -> new EmotionCell());
        emotion.setPrefWidth(70);
        emotion.setSortable(false);
        table.getColumns().setAll(java.util.List.of(number, name, channel, emotion));
        // whole names and titles at any text size: they wrap, and a column is never narrower than its longest word
        com.motstudio.ui.common.WrappingCell.on(name);
        java.util.List.of(number, name, emotion).forEach(com.motstudio.ui.common.WrappedHeader::on);
        com.motstudio.ui.common.WrappedHeader.on(channel, java.util.Arrays.stream(com.motstudio.model.Channel.values()).map(texts::of).toList());
        emotion.setMinWidth(70);
        vm.shownTypeIdProperty().subscribe(() -> table.refresh());
        table.setRowFactory(t -> draggableRow());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, tp) -> {
            if (!selecting && tp != null) {
                vm.selectedTouchpointIdProperty().set(tp.id());
            }
        });
        vm.selectedTouchpointIdProperty().subscribe(this::select);
        // on the list the table shows, so after the table's own selection has followed a change
        table.getItems().subscribe(() -> select(vm.selectedTouchpointIdProperty().get()));
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys(e, actions));

        capture.setId("journey-capture");
        capture.setPromptText(texts.get("journey.capture.prompt"));
        capture.setAccessibleText(texts.get("journey.capture.prompt"));
        capture.setOnAction(e -> {
            if (vm.addTouchpoint(capture.getText(), texts.format("journey.stage.defaultName", 1)).isPresent()) {
                capture.clear();
            }
        });
        Label title = new Label(texts.get("journey.touchpoints"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setLabelFor(table);
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // the keys as a tooltip of a help mark and the table's help for screen readers: written under
        // the table they took three lines of large text from its rows on a projector
        Label keys = new Label(null, new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.HELP_CIRCLE));
        keys.setId("journey-keys-hint");
        Tooltip hint = new Tooltip(texts.get("journey.keys.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.setShowDelay(javafx.util.Duration.millis(200));
        keys.setTooltip(hint);
        keys.setAccessibleText(texts.get("journey.keys.hint"));
        table.setAccessibleHelp(texts.get("journey.keys.hint"));
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        heading.getChildren().setAll(title, keys, grow);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(6, heading, table, capture);
    }

    Node root() {
        return root;
    }

    /** A button for the whole table (e.g. importing), at the right of its heading. */
    void addToolbarButton(javafx.scene.control.Button button) {
        button.getStyleClass().add(Styles.SMALL);
        heading.getChildren().add(button);
    }

    void focusCapture() {
        capture.requestFocus();
    }

    void focusTable() {
        table.requestFocus();
    }

    private void keys(KeyEvent e, Actions actions) {
        Touchpoint selected = vm.selectedTouchpointProperty().get();
        if (selected == null) {
            return;
        }
        KeyCode code = e.getCode();
        if (e.isAltDown() && (code == KeyCode.UP || code == KeyCode.DOWN)) {
            vm.moveTouchpoint(code == KeyCode.UP ? -1 : 1);
        } else if (e.isAltDown() && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            vm.moveTouchpointToNeighbourStage(code == KeyCode.LEFT ? -1 : 1);
        } else if (e.isShortcutDown() && code == KeyCode.D) {
            actions.duplicate();
        } else if (code == KeyCode.DELETE) {
            actions.delete();
        } else if (code == KeyCode.ENTER || code == KeyCode.F2) {
            actions.edit();
        } else {
            String type = vm.shownTypeIdProperty().get();
            Integer current = type == null ? null : selected.emotionOf(type).orElse(null);
            var score = emotionKeys.apply(e, current);
            if (score.isEmpty() || type == null) {
                return;
            }
            vm.setEmotion(type, score.get());
        }
        e.consume();
    }

    private void select(String touchpointId) {
        selecting = true;
        try {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id().equals(touchpointId)) {
                    table.getSelectionModel().select(i);
                    table.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            selecting = false;
        }
    }

    private TableRow<Touchpoint> draggableRow() {
        TableRow<Touchpoint> row = new TableRow<>();
        row.setOnDragDetected(e -> {
            if (row.getItem() != null) {
                ClipboardContent content = new ClipboardContent();
                content.put(StageList.TOUCHPOINT, row.getItem().id());
                row.startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            }
        });
        row.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(StageList.TOUCHPOINT)) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        row.setOnDragDropped(e -> {
            if (e.getDragboard().getContent(StageList.TOUCHPOINT) instanceof String id) {
                int index = row.isEmpty() ? table.getItems().size() : row.getIndex();
                vm.moveTouchpointTo(id, vm.selectedStageIdProperty().get(), index);
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return row;
    }

    /** The shown customer type's score with its face. */
    private final class EmotionCell extends TableCell<Touchpoint, Touchpoint> {
        @Override
        protected void updateItem(Touchpoint tp, boolean empty) {
            super.updateItem(tp, empty);
            String type = vm.shownTypeIdProperty().get();
            Integer score = empty || tp == null || type == null ? null : tp.emotionOf(type).orElse(null);
            setText(score == null ? "" : Faces.signed(score));
            setGraphic(score == null ? null : Faces.of(score));
        }
    }
}
