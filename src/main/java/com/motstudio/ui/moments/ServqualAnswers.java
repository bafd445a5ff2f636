package com.motstudio.ui.moments;

import atlantafx.base.theme.Styles;
import com.motstudio.model.DimensionWeight;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.FieldCommit;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One respondent's SERVQUAL questionnaire typed in: a digit on the scale sets the expectation, the
 * next the perception, and the grid moves to the next item; Delete clears. The points the
 * respondent gave each dimension (optional) are typed below.
 */
final class ServqualAnswers {
    private final MomentsViewModel vm;
    private final Texts texts;
    private final RespondentBar respondents;
    private final TypedGrid<ServqualItem> grid;
    private final Label message = new Label();
    private final Map<ServqualDimension, TextField> weights = new EnumMap<>(ServqualDimension.class);
    private final VBox root;

    ServqualAnswers(MomentsViewModel vm, Texts texts, Dialogs dialogs) {
        this.vm = vm;
        this.texts = texts;
        respondents = new RespondentBar("moments-servqual", texts, dialogs, this::addRespondent,
                (id, name) -> response(id, r -> new ServqualResponse(r.id(), name, r.answers(), r.weights())),
                id -> survey("surveydata.change.deleteRespondent", s -> SurveyEdits.withoutResponse(s, id)));
        grid = new TypedGrid<>("moments-servqual-answers", texts.get("surveydata.servqual.answers"));
        grid.column("#", 40, i -> String.valueOf(vm.keyMoments().servqual().items().indexOf(i) + 1));
        grid.column(texts.get("moments.servqual.dimension"), 120, i -> texts.of(i.dimension()));
        grid.column(texts.get("surveydata.servqual.statement"), 360, ServqualItem::text);
        grid.typedColumn(texts.get("moments.servqual.expectation"), 100, i -> value(i, ServqualAnswer::expectation),
                (i, key) -> type(i, key, true));
        grid.typedColumn(texts.get("moments.servqual.perception"), 100, i -> value(i, ServqualAnswer::perception),
                (i, key) -> type(i, key, false));
        grid.table().setPrefHeight(300);
        grid.table().setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("surveydata.servqual.noItems")));
        message.setId("moments-servqual-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full, never cut short
        FlowPane weightRow = new FlowPane(8, 6);
        weightRow.setAlignment(Pos.CENTER_LEFT);
        weightRow.getChildren().add(new Label(texts.get("surveydata.servqual.weights")));
        for (ServqualDimension d : ServqualDimension.values()) {
            TextField field = new TextField();
            field.setId("moments-servqual-weight-" + d.name().toLowerCase(java.util.Locale.ROOT));
            field.setPrefColumnCount(4);
            field.setAccessibleText(texts.of(d));
            Label label = new Label(texts.of(d));
            label.setLabelFor(field);
            FieldCommit.onChecked(field, () -> weightText(d), text -> setWeight(d, text));
            weights.put(d, field);
            weightRow.getChildren().addAll(label, field);
        }
        weightRow.disableProperty().bind(respondents.chosenProperty().isNull());
        root = new VBox(8, respondents.root(), grid.table(), message, weightRow);
        respondents.chosenProperty().addListener((o, a, b) -> showAnswers());
        vm.workshopProperty().subscribe(w -> {
            ServqualSurvey s = w.keyMoments().servqual();
            respondents.show(s.responses().stream().map(r -> new RespondentBar.Entry(r.id(), r.respondent(), r.answers().size())).toList());
            if (!grid.table().getItems().equals(s.items())) {
                grid.table().getItems().setAll(s.items());
            }
            showAnswers();
        });
    }

    Node root() {
        return root;
    }

    private void showAnswers() {
        grid.refresh();
        weights.keySet().forEach(d -> weights.get(d).setText(weightText(d)));
    }

    private String addRespondent() {
        ServqualSurvey s = vm.keyMoments().servqual();
        ServqualResponse r = ServqualEditor.respondent(texts.format("surveydata.respondent.default", s.responses().size() + 1));
        survey("surveydata.change.addRespondent", x -> SurveyEdits.withResponse(x, r));
        javafx.application.Platform.runLater(grid::start);
        return r.id();
    }

    private boolean type(ServqualItem item, KeyCode key, boolean expectation) {
        Optional<ServqualResponse> r = chosen();
        if (r.isEmpty()) {
            message.setText(texts.get("surveydata.respondent.needed"));
            return false;
        }
        ServqualSurvey s = vm.keyMoments().servqual();
        Integer digit = TypedGrid.digit(key);
        if (digit == null && !TypedGrid.clears(key)) {
            return false;
        }
        if (digit != null && (digit < s.scaleMin() || digit > s.scaleMax())) {
            message.setText(texts.format("surveydata.offScale", digit, s.scaleMin(), s.scaleMax()));
            return false;
        }
        Optional<ServqualAnswer> now = r.get().answers().stream().filter(a -> a.itemId().equals(item.id())).findFirst();
        Integer e = expectation ? digit : now.map(ServqualAnswer::expectation).orElse(null);
        Integer p = expectation ? now.map(ServqualAnswer::perception).orElse(null) : digit;
        message.setText("");
        response(r.get().id(), x -> SurveyEdits.withAnswer(x, item.id(), e, p));
        return true;
    }

    private boolean setWeight(ServqualDimension d, String text) {
        Double points;
        try {
            points = text.isBlank() ? null : Double.valueOf(text.strip().replace(',', '.'));
        } catch (NumberFormatException ex) {
            message.setText(texts.format("surveydata.servqual.weightBad", text.strip(), texts.of(d)));
            return false;
        }
        if (points != null && (points < 0 || points > 100 || points.isNaN())) {
            message.setText(texts.format("surveydata.servqual.weightBad", text.strip(), texts.of(d)));
            return false;
        }
        message.setText("");
        chosen().ifPresent(r -> response(r.id(), x -> SurveyEdits.withWeight(x, d, points)));
        return true;
    }

    private String weightText(ServqualDimension d) {
        return chosen().flatMap(r -> r.weights().stream().filter(w -> w.dimension() == d).findFirst())
                .map(DimensionWeight::points).map(p -> texts.format("surveydata.points", p)).orElse("");
    }

    private String value(ServqualItem item, java.util.function.Function<ServqualAnswer, Integer> part) {
        return chosen().flatMap(r -> r.answers().stream().filter(a -> a.itemId().equals(item.id())).findFirst())
                .map(part).map(String::valueOf).orElse("·");
    }

    private Optional<ServqualResponse> chosen() {
        String id = respondents.chosenProperty().get();
        return vm.keyMoments().servqual().responses().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private void response(String id, UnaryOperator<ServqualResponse> change) {
        survey("surveydata.change.answer", s -> s.responses().stream().filter(r -> r.id().equals(id)).findFirst()
                .map(r -> SurveyEdits.withResponse(s, change.apply(r))).orElse(s));
    }

    private void survey(String label, UnaryOperator<ServqualSurvey> change) {
        vm.apply(label, w -> w.withKeyMoments(w.keyMoments().withServqual(change.apply(w.keyMoments().servqual()))));
    }
}
