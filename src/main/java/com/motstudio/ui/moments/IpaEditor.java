package com.motstudio.ui.moments;

import atlantafx.base.theme.Styles;
import com.motstudio.method.Ipa;
import com.motstudio.method.IpaCrossHairs;
import com.motstudio.method.IpaResult;
import com.motstudio.method.IpaSources;
import com.motstudio.model.IpaScore;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The importance and performance (1–5) of each touchpoint for IPA: typed in from a survey, or made
 * from the workshop's own data — the trait ratings with the customers' satisfaction, or the
 * SERVQUAL items linked to the touchpoint. Making them replaces the points there were, in one undo step.
 */
final class IpaEditor {
    static final double MIN = 1;
    static final double MAX = 5;

    private final MomentsViewModel vm;
    private final Texts texts;
    private final Dialogs dialogs;
    private final TableView<IpaScore> table = new TableView<>();
    private final ComboBox<Touchpoint> touchpoint = new ComboBox<>();
    private final Label message = new Label();
    private final VBox root;
    /** The quadrants of the points shown, computed once per change rather than per cell. */
    private IpaResult quadrants = Ipa.of(List.of(), IpaCrossHairs.dataMeans());

    IpaEditor(MomentsViewModel vm, Texts texts, Dialogs dialogs, Runnable importCsv) {
        this.vm = vm;
        this.texts = texts;
        this.dialogs = dialogs;
        Label intro = new Label(texts.get("surveydata.ipa.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full, never cut short
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Button fromRatings = button("surveydata.ipa.fromRatings", "moments-ipa-from-ratings",
                () -> derive(IpaSources.fromRatings(vm.workshopProperty().get())));
        Button fromServqual = button("surveydata.ipa.fromServqual", "moments-ipa-from-servqual",
                () -> derive(IpaSources.fromServqual(vm.workshopProperty().get())));
        touchpoint.setId("moments-ipa-touchpoint");
        touchpoint.setAccessibleText(texts.get("moments.ratings.touchpoint"));
        touchpoint.setPrefWidth(320); // room for a long touchpoint name, its whole name in the list
        touchpoint.setCellFactory(l -> nameCell());
        touchpoint.setButtonCell(nameCell());
        Button add = button("surveydata.ipa.add", "moments-ipa-add", this::add);
        Button remove = button("surveydata.ipa.remove", "moments-ipa-remove", this::remove);
        buildTable();
        message.setId("moments-ipa-message");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full, never cut short
        Button importButton = button("moments.import.ipa", "moments-import-ipa", importCsv);
        root = new VBox(8, intro, new FlowPane(8, 6, fromRatings, fromServqual, importButton), table,
                new FlowPane(8, 6, touchpoint, add, remove), message);
        ((FlowPane) root.getChildren().get(3)).setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(10, 12, 12, 12));
        vm.workshopProperty().subscribe(this::show);
    }

    Node root() {
        return root;
    }

    private void show(Workshop w) {
        quadrants = Ipa.of(w.keyMoments().ipa(), IpaCrossHairs.dataMeans());
        String selected = table.getSelectionModel().getSelectedItem() == null ? null : table.getSelectionModel().getSelectedItem().touchpointId();
        table.getItems().setAll(w.keyMoments().ipa());
        table.getItems().stream().filter(s -> s.touchpointId().equals(selected)).findFirst().ifPresent(s -> table.getSelectionModel().select(s));
        List<String> placed = w.keyMoments().ipa().stream().map(IpaScore::touchpointId).toList();
        touchpoint.getItems().setAll(vm.touchpoints().stream().filter(t -> !placed.contains(t.id())).toList());
    }

    private void buildTable() {
        table.setId("moments-ipa-points");
        table.setEditable(true);
        table.getStyleClass().add(Styles.DENSE);
        table.setPrefHeight(320);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<IpaScore, String> name = new TableColumn<>(texts.get("moments.ratings.touchpoint"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(name(c.getValue().touchpointId())));
        name.setPrefWidth(220);
        com.motstudio.ui.common.WrappingCell.on(name);
        table.getColumns().add(name);
        numberColumn("surveydata.ipa.importance", IpaScore::importance, (s, v) -> new IpaScore(s.touchpointId(), v, s.performance()));
        numberColumn("surveydata.ipa.performance", IpaScore::performance, (s, v) -> new IpaScore(s.touchpointId(), s.importance(), v));
        TableColumn<IpaScore, String> quadrant = new TableColumn<>(texts.get("surveydata.ipa.quadrant"));
        quadrant.setCellValueFactory(c -> new ReadOnlyStringWrapper(quadrant(c.getValue())));
        quadrant.setSortable(false);
        com.motstudio.ui.common.WrappingCell.on(quadrant);
        table.getColumns().add(quadrant);
        table.getColumns().forEach(com.motstudio.ui.common.WrappedHeader::on);
        table.setAccessibleText(texts.get("moments.ipa.title"));
        name.setSortable(false);
        table.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("surveydata.ipa.none")));
    }

    private void numberColumn(String key, Function<IpaScore, Double> read, BiFunction<IpaScore, Double, IpaScore> write) {
        TableColumn<IpaScore, String> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.format("moments.number", read.apply(c.getValue()))));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> {
            Double value = number(e.getNewValue());
            if (value == null) {
                message.setText(texts.format("surveydata.ipa.bad", e.getNewValue().strip(), texts.get(key), MIN, MAX));
                table.refresh();
                return;
            }
            message.setText("");
            points("surveydata.change.ipa", SurveyEdits.withIpa(vm.keyMoments().ipa(), write.apply(e.getRowValue(), value)));
        });
        column.setPrefWidth(110);
        column.setSortable(false);
        table.getColumns().add(column);
    }

    private void add() {
        Touchpoint t = touchpoint.getValue();
        if (t == null) {
            message.setText(texts.get("surveydata.ipa.chooseTouchpoint"));
            return;
        }
        double middle = (MIN + MAX) / 2;
        points("surveydata.change.ipa", SurveyEdits.withIpa(vm.keyMoments().ipa(), new IpaScore(t.id(), middle, middle)));
        table.getItems().stream().filter(s -> s.touchpointId().equals(t.id())).findFirst().ifPresent(s -> {
            table.getSelectionModel().select(s);
            table.requestFocus();
            table.edit(table.getItems().indexOf(s), table.getColumns().get(1));
        });
    }

    private void remove() {
        IpaScore s = table.getSelectionModel().getSelectedItem();
        if (s != null) {
            points("surveydata.change.ipa", SurveyEdits.without(vm.keyMoments().ipa(), s.touchpointId(), IpaScore::touchpointId));
        }
    }

    private void derive(IpaSources.Result result) {
        if (result.points().isEmpty()) {
            message.setText(texts.format("surveydata.ipa.nothing", result.skipped()));
            return;
        }
        if (!vm.keyMoments().ipa().isEmpty() && !dialogs.confirm(texts.get("surveydata.ipa.replace"),
                texts.format("surveydata.ipa.replaceAsk", vm.keyMoments().ipa().size(), result.points().size()))) {
            return;
        }
        points("surveydata.change.ipaDerived", result.scores());
        message.setText(texts.format("surveydata.ipa.derived", result.points().size(), result.skipped(),
                result.from(IpaSources.PerformanceSource.CSAT_OR_REVIEWS), result.from(IpaSources.PerformanceSource.NPS),
                result.from(IpaSources.PerformanceSource.EMOTION), result.from(IpaSources.PerformanceSource.SERVQUAL)));
    }

    private String quadrant(IpaScore s) {
        return quadrants.point(s.touchpointId()).map(p -> texts.of(p.quadrant())).orElse("");
    }

    private Double number(String text) {
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            return v >= MIN && v <= MAX ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void points(String label, List<IpaScore> scores) {
        vm.apply(label, w -> w.withKeyMoments(w.keyMoments().withIpa(scores)));
    }

    private String name(String touchpointId) {
        return vm.touchpoints().stream().filter(t -> t.id().equals(touchpointId)).map(Touchpoint::name).findFirst().orElse(touchpointId);
    }

    private Button button(String key, String id, Runnable action) {
        return com.motstudio.ui.common.Buttons.of(texts, key, id, action);
    }

    private static ListCell<Touchpoint> nameCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Touchpoint t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name());
            }
        };
    }
}
