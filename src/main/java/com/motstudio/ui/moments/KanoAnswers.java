package com.motstudio.ui.moments;

import atlantafx.base.theme.Styles;
import com.motstudio.model.Ids;
import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoPair;
import com.motstudio.model.KanoResponse;
import com.motstudio.model.KanoSurvey;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One respondent's KANO questionnaire typed in: for each need the answer to the functional
 * question, then to the dysfunctional one, as 1–5 (like, must-be, neutral, live-with, dislike);
 * the grid moves on after each key. Delete clears.
 */
final class KanoAnswers {
    private static final List<KanoAnswer> KEYS = List.of(KanoAnswer.values());

    private final MomentsViewModel vm;
    private final Texts texts;
    private final RespondentBar respondents;
    private final TypedGrid<KanoNeed> grid;
    private final Label message = new Label();
    private final VBox root;

    KanoAnswers(MomentsViewModel vm, Texts texts, Dialogs dialogs) {
        this.vm = vm;
        this.texts = texts;
        respondents = new RespondentBar("moments-kano", texts, dialogs, this::addRespondent,
                (id, name) -> response(id, r -> new KanoResponse(r.id(), name, r.answers())),
                id -> kano("surveydata.change.deleteRespondent", k -> SurveyEdits.withoutKanoResponse(k, id)));
        grid = new TypedGrid<>("moments-kano-answers", texts.get("surveydata.kano.answers"));
        grid.column(texts.get("moments.kano.need"), 200, KanoNeed::name);
        grid.typedColumn(texts.get("moments.kano.functional"), 200, n -> answer(n, KanoPair::functional), (n, k) -> type(n, k, true));
        grid.typedColumn(texts.get("moments.kano.dysfunctional"), 200, n -> answer(n, KanoPair::dysfunctional), (n, k) -> type(n, k, false));
        grid.table().setPrefHeight(240);
        grid.table().setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("surveydata.kano.noNeeds")));
        StringBuilder legend = new StringBuilder();
        for (int i = 0; i < KEYS.size(); i++) {
            legend.append(i == 0 ? "" : "   ").append(texts.format("surveydata.kano.key", i + 1, texts.of(KEYS.get(i))));
        }
        Label keys = new Label(legend.toString());
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        keys.setWrapText(true);
        keys.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full, never cut short
        message.setId("moments-kano-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        root = new VBox(8, respondents.root(), keys, grid.table(), message);
        respondents.chosenProperty().addListener((o, a, b) -> grid.refresh());
        vm.workshopProperty().subscribe(w -> {
            KanoSurvey k = w.keyMoments().kano();
            respondents.show(k.responses().stream().map(r -> new RespondentBar.Entry(r.id(), r.respondent(), r.answers().size())).toList());
            if (!grid.table().getItems().equals(k.needs())) {
                grid.table().getItems().setAll(k.needs());
            }
            grid.refresh();
        });
    }

    Node root() {
        return root;
    }

    private String addRespondent() {
        KanoSurvey k = vm.keyMoments().kano();
        KanoResponse r = new KanoResponse(Ids.next("kr"), texts.format("surveydata.respondent.default", k.responses().size() + 1), List.of());
        kano("surveydata.change.addRespondent", x -> SurveyEdits.withKanoResponse(x, r));
        javafx.application.Platform.runLater(grid::start);
        return r.id();
    }

    private boolean type(KanoNeed need, KeyCode key, boolean functional) {
        Optional<KanoResponse> r = chosen();
        if (r.isEmpty()) {
            message.setText(texts.get("surveydata.respondent.needed"));
            return false;
        }
        Integer digit = TypedGrid.digit(key);
        if (digit == null && !TypedGrid.clears(key)) {
            return false;
        }
        if (digit != null && (digit < 1 || digit > KEYS.size())) {
            message.setText(texts.format("surveydata.offScale", digit, 1, KEYS.size()));
            return false;
        }
        KanoAnswer typed = digit == null ? null : KEYS.get(digit - 1);
        Optional<KanoPair> now = r.get().answers().stream().filter(p -> p.needId().equals(need.id())).findFirst();
        KanoAnswer f = functional ? typed : now.map(KanoPair::functional).orElse(null);
        KanoAnswer d = functional ? now.map(KanoPair::dysfunctional).orElse(null) : typed;
        message.setText("");
        response(r.get().id(), x -> SurveyEdits.withPair(x, need.id(), f, d));
        return true;
    }

    private String answer(KanoNeed need, Function<KanoPair, KanoAnswer> part) {
        return chosen().flatMap(r -> r.answers().stream().filter(p -> p.needId().equals(need.id())).findFirst())
                .map(part).map(a -> texts.format("surveydata.kano.key", KEYS.indexOf(a) + 1, texts.of(a))).orElse("·");
    }

    private Optional<KanoResponse> chosen() {
        String id = respondents.chosenProperty().get();
        return vm.keyMoments().kano().responses().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private void response(String id, UnaryOperator<KanoResponse> change) {
        kano("surveydata.change.answer", k -> k.responses().stream().filter(r -> r.id().equals(id)).findFirst()
                .map(r -> SurveyEdits.withKanoResponse(k, change.apply(r))).orElse(k));
    }

    private void kano(String label, UnaryOperator<KanoSurvey> change) {
        vm.apply(label, w -> w.withKeyMoments(w.keyMoments().withKano(change.apply(w.keyMoments().kano()))));
    }
}
