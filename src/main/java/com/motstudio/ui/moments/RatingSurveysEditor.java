package com.motstudio.ui.moments;

import atlantafx.base.theme.Styles;
import com.motstudio.method.RatingResult;
import com.motstudio.method.Ratings;
import com.motstudio.model.Ids;
import com.motstudio.model.RatingKind;
import com.motstudio.model.RatingSurvey;
import com.motstudio.model.Touchpoint;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.FieldCommit;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * NPS, CSAT and 好差评 results entered by hand: a survey per touchpoint (or for the whole journey)
 * and how many answers gave each value, typed into one field per value (Tab moves on). The score
 * the method gives is shown as the counts are typed.
 */
final class RatingSurveysEditor {
    private final MomentsViewModel vm;
    private final Texts texts;
    private final TableView<RatingSurvey> surveys = new TableView<>();
    private final ComboBox<RatingKind> kind = new ComboBox<>();
    private final FlowPane counts = new FlowPane(8, 6);
    private final Label result = new Label();
    private final VBox root;
    private String shownCountsOf;

    RatingSurveysEditor(MomentsViewModel vm, Texts texts, Runnable importCsv) {
        this.vm = vm;
        this.texts = texts;
        kind.setId("moments-ratings-kind");
        kind.getItems().setAll(RatingKind.values());
        kind.setValue(RatingKind.GOOD_BAD_REVIEW);
        kind.setConverter(com.motstudio.ui.common.Shown.as(texts::of));
        kind.setAccessibleText(texts.get("moments.ratings.kind"));
        Button add = button("surveydata.ratings.add", "moments-ratings-add", this::add);
        Button remove = button("surveydata.ratings.remove", "moments-ratings-remove", this::remove);
        Button importButton = button("moments.import.ratings", "moments-import-ratings", importCsv);
        buildTable();
        counts.setId("moments-ratings-counts");
        counts.setAlignment(Pos.CENTER_LEFT);
        result.setId("moments-ratings-result");
        result.getStyleClass().add(Styles.TEXT_BOLD);
        Label countsTitle = new Label(texts.get("surveydata.ratings.counts"));
        countsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, kind, add, remove, importButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, bar, surveys, countsTitle, counts, result);
        root.setPadding(new Insets(10, 12, 12, 12));
        surveys.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showCounts());
        vm.workshopProperty().subscribe(w -> {
            String selected = selectedId();
            surveys.getItems().setAll(w.keyMoments().ratingSurveys());
            surveys.getItems().stream().filter(s -> s.id().equals(selected)).findFirst()
                    .ifPresent(s -> surveys.getSelectionModel().select(s));
            showCounts();
        });
    }

    Node root() {
        return root;
    }

    private void buildTable() {
        surveys.setId("moments-ratings-surveys");
        surveys.setEditable(true);
        surveys.getStyleClass().add(Styles.DENSE);
        surveys.setPrefHeight(200);
        surveys.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RatingSurvey, String> name = new TableColumn<>(texts.get("moments.ratings.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        com.motstudio.ui.common.WrappingTextFieldCell.on(name);
        name.setOnEditCommit(e -> survey(e.getRowValue().id(), s -> new RatingSurvey(s.id(), s.kind(), e.getNewValue().strip(),
                s.touchpointId(), s.counts())));
        TableColumn<RatingSurvey, String> kindColumn = new TableColumn<>(texts.get("moments.ratings.kind"));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.of(c.getValue().kind())));
        TableColumn<RatingSurvey, String> touchpoint = new TableColumn<>(texts.get("moments.ratings.touchpoint"));
        touchpoint.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().touchpointId()));
        touchpoint.setCellFactory(c -> {
            List<String> ids = new ArrayList<>();
            ids.add("");
            vm.touchpoints().forEach(t -> ids.add(t.id()));
            return new com.motstudio.ui.common.WrappingComboBoxCell<>(com.motstudio.ui.common.Shown.as(this::touchpointName), FXCollections.observableArrayList(ids));
        });
        touchpoint.setOnEditCommit(e -> survey(e.getRowValue().id(), s -> new RatingSurvey(s.id(), s.kind(), s.name(),
                e.getNewValue() == null ? "" : e.getNewValue(), s.counts())));
        TableColumn<RatingSurvey, String> score = new TableColumn<>(texts.get("moments.ratings.score"));
        score.setCellValueFactory(c -> new ReadOnlyStringWrapper(resultText(Ratings.of(c.getValue()))));
        List.of(name, kindColumn, touchpoint, score).forEach(c -> c.setSortable(false));
        name.setPrefWidth(180);
        kindColumn.setPrefWidth(200);
        touchpoint.setPrefWidth(200);
        com.motstudio.ui.common.WrappingCell.on(kindColumn);
        com.motstudio.ui.common.WrappingCell.on(score);
        surveys.getColumns().setAll(List.of(name, kindColumn, touchpoint, score));
        surveys.getColumns().forEach(com.motstudio.ui.common.WrappedHeader::on);
        surveys.setAccessibleText(texts.get("moments.ratings.title"));
        surveys.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("surveydata.ratings.none")));
    }

    private void add() {
        RatingKind k = kind.getValue();
        RatingSurvey s = new RatingSurvey(Ids.next("rs"), k, texts.of(k), "", List.of());
        vm.apply("surveydata.change.ratingSurvey", w -> w.withKeyMoments(w.keyMoments()
                .withRatingSurveys(SurveyEdits.put(w.keyMoments().ratingSurveys(), s, RatingSurvey::id))));
        surveys.getItems().stream().filter(x -> x.id().equals(s.id())).findFirst().ifPresent(x -> surveys.getSelectionModel().select(x));
        if (!counts.getChildren().isEmpty()) {
            counts.getChildren().get(1).requestFocus();
        }
    }

    private void remove() {
        String id = selectedId();
        if (id != null) {
            vm.apply("surveydata.change.removeRatingSurvey", w -> w.withKeyMoments(w.keyMoments()
                    .withRatingSurveys(SurveyEdits.without(w.keyMoments().ratingSurveys(), id, RatingSurvey::id))));
        }
    }

    /** One field per value of the chosen survey's scale; rebuilt only when another survey is chosen. */
    private void showCounts() {
        RatingSurvey s = surveys.getSelectionModel().getSelectedItem();
        result.setText(s == null ? texts.get("surveydata.ratings.choose") : resultText(Ratings.of(s)));
        if (s == null) {
            counts.getChildren().clear();
            shownCountsOf = null;
            return;
        }
        if (s.id().equals(shownCountsOf)) {
            // after undo or redo the fields show the counts as they are now
            counts.getChildren().stream().filter(n -> n instanceof TextField f && !f.isFocused())
                    .forEach(n -> ((TextField) n).setText(String.valueOf(SurveyEdits.count(s, (Integer) n.getUserData()))));
            return;
        }
        shownCountsOf = s.id();
        counts.getChildren().clear();
        for (int value = Ratings.max(s.kind()); value >= Ratings.min(s.kind()); value--) {
            int v = value;
            TextField field = new TextField();
            field.setId("moments-ratings-count-" + v);
            field.setUserData(v);
            field.setPrefColumnCount(4);
            Label label = new Label(valueName(s.kind(), v));
            label.setLabelFor(field);
            field.setAccessibleText(label.getText());
            String id = s.id();
            FieldCommit.onChecked(field, () -> String.valueOf(current(id).map(x -> SurveyEdits.count(x, v)).orElse(0)), text -> {
                Integer n = count(text);
                if (n == null) {
                    result.setText(texts.format("surveydata.ratings.countBad", text.strip(), label.getText()));
                    return false;
                }
                survey(id, x -> SurveyEdits.withCount(x, v, n));
                current(id).ifPresent(x -> result.setText(resultText(Ratings.of(x))));
                return true;
            });
            field.setText(String.valueOf(SurveyEdits.count(s, v)));
            counts.getChildren().addAll(label, field);
        }
    }

    private java.util.Optional<RatingSurvey> current(String id) {
        return vm.keyMoments().ratingSurveys().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static Integer count(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(t);
            return n < 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String valueName(RatingKind kind, int value) {
        return kind == RatingKind.NPS ? String.valueOf(value) : texts.format("surveydata.ratings.level." + kind.name(), value,
                texts.get("surveydata.levelName." + kind.name() + "_" + value));
    }

    private String resultText(RatingResult r) {
        return r.score() == null ? texts.get("surveydata.ratings.noAnswers")
                : texts.format("surveydata.ratings.result." + r.kind().name(), r.answers(), r.score());
    }

    private String touchpointName(String id) {
        return id == null || id.isEmpty() ? texts.get("moments.ratings.wholeJourney")
                : vm.touchpoints().stream().filter(t -> t.id().equals(id)).map(Touchpoint::name).findFirst().orElse(id);
    }

    private String selectedId() {
        RatingSurvey s = surveys.getSelectionModel().getSelectedItem();
        return s == null ? null : s.id();
    }

    private void survey(String id, UnaryOperator<RatingSurvey> change) {
        vm.apply("surveydata.change.ratingCounts", w -> w.withKeyMoments(w.keyMoments().withRatingSurveys(
                w.keyMoments().ratingSurveys().stream().map(s -> s.id().equals(id) ? change.apply(s) : s).toList())));
    }

    private Button button(String key, String id, Runnable action) {
        return com.motstudio.ui.common.Buttons.of(texts, key, id, action);
    }
}
