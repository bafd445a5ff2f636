package com.motstudio.ui.room;

import com.motstudio.edit.PendingChange;
import com.motstudio.report.chart.Chart;
import com.motstudio.model.CustomerType;
import com.motstudio.room.ActivityKind;
import com.motstudio.room.RoomAddress;
import com.motstudio.room.RoomSnapshot;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.ApplyPreview;
import com.motstudio.ui.common.Buttons;
import com.motstudio.ui.common.ChartCanvas;
import com.motstudio.ui.common.Dialogs;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;
import javafx.util.StringConverter;

import java.util.List;
import java.util.function.Function;

/**
 * The room session's screen: first the network picker, then the join screen (a large QR code, the
 * short address and the PIN, readable from the back of a room) beside the activity panel (open an
 * activity, watch who joined and finished, reveal, apply to the workshop). Refreshes once a second.
 */
public final class RoomView {
    private final RoomViewModel vm;
    private final Texts texts;
    private final Dialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final Timeline ticks;
    private final ComboBox<ActivityKind> kind = new ComboBox<>();
    private final ComboBox<CustomerType> customer = new ComboBox<>();
    private final ComboBox<RoomScope> scope = new ComboBox<>();
    private final TextField minutes = new TextField();

    /** What the facilitator chose in the activity panel, carried into a view rebuilt for another language. */
    record Choices(ActivityKind kind, int customer, int scope, String minutes) {
        static final Choices FIRST = new Choices(ActivityKind.values()[0], 0, 0, "");
    }

    public RoomView(RoomViewModel vm, Texts texts, Dialogs dialogs, List<RoomAddress> addresses) {
        this(vm, texts, dialogs, addresses, Choices.FIRST);
    }

    /** With a running session: straight to its screen, with the activity panel as {@code chosen} left it. */
    RoomView(RoomViewModel vm, Texts texts, Dialogs dialogs, List<RoomAddress> addresses, Choices chosen) {
        this.vm = vm;
        this.texts = texts;
        this.dialogs = dialogs;
        root.setId("room");
        root.getStyleClass().add("room-session");
        ticks = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.refresh()));
        ticks.setCycleCount(Timeline.INDEFINITE);
        if (vm.running()) {
            root.setCenter(session());
            if (chosen.kind() != null) {
                kind.setValue(chosen.kind());
            }
            customer.getSelectionModel().select(Math.max(0, Math.min(chosen.customer(), customer.getItems().size() - 1)));
            scope.getSelectionModel().select(Math.max(0, Math.min(chosen.scope(), scope.getItems().size() - 1)));
            minutes.setText(chosen.minutes());
            ticks.play();
        } else {
            root.setCenter(picker(addresses));
        }
    }

    /** The activity panel's choices as they stand. */
    Choices choices() {
        return new Choices(kind.getValue(), customer.getSelectionModel().getSelectedIndex(),
                scope.getSelectionModel().getSelectedIndex(), minutes.getText());
    }

    /** Stops refreshing, leaving the session running (a view for another language takes over). */
    void stopRefreshing() {
        ticks.stop();
    }

    public Parent root() {
        return root;
    }

    RoomViewModel viewModel() {
        return vm;
    }

    /** Stops refreshing and the server (the window closed, the workshop was replaced, the app quits). */
    public void end() {
        ticks.stop();
        vm.end();
    }

    private Parent picker(List<RoomAddress> addresses) {
        Label label = new Label(texts.get("room.address.label"));
        ListView<RoomAddress> list = new ListView<>();
        list.setId("room-addresses");
        list.getItems().setAll(addresses);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RoomAddress item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.describe(item));
            }
        });
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(160);
        label.setLabelFor(list);
        Label none = new Label(texts.get("room.address.none"));
        none.setWrapText(true);
        none.setVisible(addresses.isEmpty());
        none.setManaged(addresses.isEmpty());
        Label problem = new Label();
        problem.setId("room-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        CheckBox restore = new CheckBox();
        restore.setId("room-restore");
        RoomSnapshot earlier = vm.leftOver().filter(s -> !s.submissions().isEmpty()).orElse(null);
        restore.setVisible(earlier != null);
        restore.setManaged(earlier != null);
        if (earlier != null) {
            restore.setText(texts.format("room.restore", earlier.participants().size(), earlier.submissions().size()));
            restore.setSelected(true);
        }
        Button start = Buttons.of(texts, "room.start", "room-start", () -> {
            RoomAddress chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && vm.start(chosen.address(), restore.isSelected() ? earlier : null)) {
                root.setCenter(session());
                ticks.play();
            }
        });
        start.setDefaultButton(true);
        start.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        VBox box = new VBox(12, label, list, none, restore, start, problem);
        box.setPadding(new Insets(24));
        box.setMaxWidth(720);
        return box;
    }

    private Parent session() {
        Label scan = new Label(texts.get("room.join.scan"));
        scan.getStyleClass().add("room-join-hint");
        scan.setWrapText(true);
        Label address = new Label(vm.shortAddress());
        address.setId("room-address");
        address.getStyleClass().add("room-join-address");
        Label pin = new Label(texts.format("room.join.pin", vm.pin()));
        pin.setId("room-pin");
        pin.getStyleClass().add("room-join-pin");
        QrCanvas qr = new QrCanvas(vm.qr());
        qr.setId("room-qr");
        VBox.setVgrow(qr, Priority.ALWAYS);
        Button end = Buttons.of(texts, "room.end", "room-end", () -> {
            end();
            root.getScene().getWindow().hide();
        });
        ChartCanvas chart = chart(qr, scan);
        VBox join = new VBox(10, qr, chart, scan, address, pin, end);
        join.setAlignment(Pos.CENTER);
        join.setPadding(new Insets(16));
        join.getStyleClass().add("room-join");
        HBox.setHgrow(join, Priority.ALWAYS);
        javafx.scene.control.ScrollPane activities = new javafx.scene.control.ScrollPane(activities());
        activities.setFitToWidth(true);
        activities.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        activities.setMinWidth(340);
        activities.setPrefWidth(440);
        HBox both = new HBox(12, join, activities);
        both.setFillHeight(true);
        return both;
    }

    /**
     * The revealed result's chart, in the place of the QR code (the address and PIN stay for late
     * joiners); the QR code is back when the next activity opens.
     */
    private ChartCanvas chart(QrCanvas qr, Label scan) {
        ChartCanvas canvas = new ChartCanvas(640, 420);
        canvas.setId("room-chart");
        VBox.setVgrow(canvas, Priority.ALWAYS);
        canvas.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        vm.chartProperty().subscribe(shown -> {
            boolean charted = shown != null;
            canvas.setVisible(charted);
            canvas.setManaged(charted);
            for (Region hidden : List.of(qr, scan)) {
                hidden.setVisible(!charted);
                hidden.setManaged(!charted);
            }
            if (charted) {
                canvas.show(filling(shown.chart()), shown.description());
            }
        });
        return canvas;
    }

    /** Paints a chart filling its box: one shorter than the box (three bars) is magnified, text and all, up to a quarter again. */
    private static ChartCanvas.Painter filling(Chart chart) {
        return (g, width, height) -> {
            double zoom = 1;
            for (int i = 0; i < 3; i++) { // the height wanted depends on the width left: settles in a step or two
                zoom = Math.clamp(height / chart.preferredHeight(width / zoom), 1, 1.25);
            }
            g.scale(zoom, zoom);
            chart.paint(g, width / zoom, height / zoom);
        };
    }

    private Parent activities() {
        combo(kind, "room-kind", List.of(ActivityKind.values()), k -> texts.get("room.kind." + k.name()));
        kind.getSelectionModel().selectFirst();
        combo(customer, "room-customer", vm.customerTypes(), CustomerType::name);
        customer.getSelectionModel().selectFirst();
        customer.disableProperty().bind(kind.valueProperty().isNotEqualTo(ActivityKind.EMOTION));
        combo(scope, "room-scope", vm.scopes(), RoomScope::label);
        scope.getSelectionModel().selectFirst();
        scope.disableProperty().bind(kind.valueProperty().isEqualTo(ActivityKind.KANO).or(kind.valueProperty().isEqualTo(ActivityKind.SERVQUAL)));
        Button open = Buttons.of(texts, "room.activity.open", "room-open",
                () -> vm.open(kind.getValue(), scope.getValue(), customer.getValue(), minutes.getText()));
        minutes.setId("room-minutes");
        minutes.setPromptText(texts.get("room.timer.prompt"));
        minutes.setPrefColumnCount(4);
        minutes.setOnAction(e -> open.fire());
        Label minutesLabel = new Label(texts.get("room.timer.label"));
        minutesLabel.setLabelFor(minutes);
        minutesLabel.setWrapText(true);
        minutesLabel.setMinHeight(Region.USE_PREF_SIZE);
        VBox timed = new VBox(2, minutesLabel, minutes);
        timed.setVisible(vm.canTime());
        timed.setManaged(vm.canTime());
        Label problem = new Label();
        problem.setId("room-activity-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        Label live = new Label();
        live.setId("room-live");
        live.setWrapText(true);
        live.textProperty().bind(vm.liveTextProperty());
        Label loads = new Label();
        loads.setId("room-loads");
        loads.setWrapText(true);
        loads.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        loads.setTooltip(new javafx.scene.control.Tooltip(texts.get("room.test.hint")));
        loads.setAccessibleHelp(texts.get("room.test.hint"));
        loads.textProperty().bind(vm.pageLoadsProperty());
        live.setMinHeight(Region.USE_PREF_SIZE); // wrapped in full, never cut short
        loads.setMinHeight(Region.USE_PREF_SIZE);
        ListView<String> people = new ListView<>(vm.people());
        people.setId("room-people");
        people.setPrefHeight(90);
        Button reveal = Buttons.of(texts, "room.reveal", "room-reveal", vm::reveal);
        reveal.disableProperty().bind(vm.activityProperty().isNull().or(vm.revealedProperty()));
        TableView<ResultRow> results = results();
        CheckBox anonymous = new CheckBox(texts.get("room.anonymous"));
        anonymous.setId("room-anonymous");
        anonymous.setWrapText(true);
        Button apply = Buttons.of(texts, "room.apply", "room-apply", () -> apply(anonymous.isSelected()));
        apply.disableProperty().bind(vm.activityProperty().isNull());
        VBox box = new VBox(8, labelled("room.activity.kind", kind), labelled("room.activity.customer", customer),
                labelled("room.activity.scope", scope), timed, new HBox(8, open, reveal), problem, live, loads, people, results, anonymous, apply);
        VBox.setVgrow(results, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        box.getStyleClass().add("room-activities");
        return box;
    }

    private void apply(boolean anonymous) {
        PendingChange change = vm.pendingChange(anonymous);
        if (ApplyPreview.ask(dialogs, texts, texts.get("room.apply.title"), texts.get("room.apply.ok"), change, "room-preview")) {
            vm.apply(change);
        }
    }

    private TableView<ResultRow> results() {
        TableView<ResultRow> table = new TableView<>(vm.results());
        table.setId("room-results");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("room.results.item", ResultRow::item));
        table.getColumns().add(column("room.results.answers", r -> String.valueOf(r.answers())));
        table.getColumns().add(column("room.results.figure", ResultRow::figure));
        table.getColumns().add(column("room.results.spread", ResultRow::spread));
        table.setPlaceholder(new Label(texts.get("room.results.hidden")));
        table.getColumns().getFirst().setPrefWidth(300); // the item's name gets the room
        table.getColumns().subList(1, 4).forEach(c -> {
            c.setPrefWidth(90);
            c.setMinWidth(80); // a three-character Chinese heading at the large text size
            c.setMaxWidth(110);
        });
        table.setStyle("-fx-min-height: 12em;");
        table.setPrefHeight(240);
        return table;
    }

    private TableColumn<ResultRow, String> column(String key, Function<ResultRow, String> value) {
        TableColumn<ResultRow, String> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }

    private VBox labelled(String key, ComboBox<?> combo) {
        Label label = new Label(texts.get(key));
        label.setLabelFor(combo);
        combo.setMaxWidth(Double.MAX_VALUE);
        return new VBox(2, label, combo);
    }

    private static <T> void combo(ComboBox<T> combo, String id, List<T> items, Function<T, String> name) {
        combo.setId(id);
        combo.getItems().setAll(items);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
    }
}
