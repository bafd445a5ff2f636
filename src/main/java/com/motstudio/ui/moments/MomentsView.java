package com.motstudio.ui.moments;

import atlantafx.base.theme.Styles;
import com.motstudio.model.Touchpoint;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.TaskRunner;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The Key moments page: on the Rate tab each rater's trait ratings (typed into the grid), the
 * weights and the dots; on the Decide tab the ranking with its breakdown and evidence, and the
 * team's decision on each candidate with its reason; on the Evidence tab the survey results and
 * their charts; on the Survey data tab the instruments and their answers, typed in or imported.
 */
public final class MomentsView {
    private final MomentsViewModel vm;
    private final Texts texts;
    private final TabPane tabs = new TabPane();
    private final RankingTable ranking;
    private final DecisionPanel decision;
    private final Spinner<Integer> top = new Spinner<>(0, 30, 5);
    private final javafx.scene.control.Button tagAll = new javafx.scene.control.Button();
    private final EvidencePane evidence;
    private final ScoringGrid grid;
    private final RatingBar ratingBar;
    private final javafx.scene.layout.FlowPane decideRow;
    private Scores scores;

    public MomentsView(MomentsViewModel vm, Texts texts, Dialogs dialogs, TaskRunner runner, Supplier<Path> folder) {
        this.vm = vm;
        this.texts = texts;
        scores = new Scores(vm.workshopProperty().get(), texts);
        grid = new ScoringGrid(vm, texts, () -> scores, t -> scores.scoreText(t.id()));
        ratingBar = new RatingBar(vm, texts);
        VBox rate = new VBox(10, ratingBar.root(), grid.root());
        VBox.setVgrow(grid.root(), Priority.ALWAYS);
        rate.setPadding(new Insets(10, 12, 10, 12));
        ranking = new RankingTable(texts);
        decision = new DecisionPanel(vm, texts, dialogs, () -> scores.analysis());
        ranking.table().getSelectionModel().selectedItemProperty().addListener((o, a, row) ->
                decision.show(row == null ? null : row.touchpoint()));
        top.setId("moments-top");
        top.setPrefWidth(80);
        top.setAccessibleText(texts.get("moments.top"));
        top.valueProperty().addListener((o, a, b) -> showRanking());
        Label topLabel = new Label(texts.get("moments.top"));
        topLabel.setLabelFor(top);
        Label intro = new Label(texts.get("moments.decide.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full, never cut short
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        tagAll.setId("moments-tag-all-roles");
        tagAll.setOnAction(e -> vm.tagRoles(scores.analysis().roleSuggestions()));
        topLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        tagAll.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // on a narrow pane the button goes under the number instead of being cut short
        HBox topCount = new HBox(8, topLabel, top);
        topCount.setAlignment(Pos.CENTER_LEFT);
        decideRow = new javafx.scene.layout.FlowPane(16, 8, topCount, tagAll);
        decideRow.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(8, intro, decideRow, ranking.root());
        VBox.setVgrow(ranking.root(), Priority.ALWAYS);
        left.setPadding(new Insets(10, 8, 10, 12));
        ScrollPane right = new ScrollPane(decision.root());
        right.setFitToWidth(true);
        decision.root().setStyle("-fx-padding: 10 12 10 8;");
        SplitPane decide = new SplitPane(left, right);
        decide.setOrientation(Orientation.HORIZONTAL);
        decide.setDividerPositions(0.62);
        // on a narrow page the decision goes under the ranking instead of being squeezed beside it
        com.motstudio.ui.common.NarrowStack decideStack = new com.motstudio.ui.common.NarrowStack(decide, 52, intro);
        Tab rateTab = new Tab(texts.get("moments.tab.rate"), rate);
        rateTab.setId("moments-tab-rate");
        Tab decideTab = new Tab(texts.get("moments.tab.decide"), decideStack.root());
        decideTab.setId("moments-tab-decide");
        evidence = new EvidencePane(vm, texts, () -> scores.analysis());
        Tab evidenceTab = new Tab(texts.get("moments.tab.evidence"), evidence.root());
        evidenceTab.setId("moments-tab-evidence");
        Tab dataTab = new Tab(texts.get("surveydata.tab"),
                new SurveyDataPane(vm, texts, dialogs, new SurveyImports(vm, texts, dialogs, runner, folder)).root());
        dataTab.setId("moments-tab-data");
        tabs.getTabs().setAll(rateTab, decideTab, evidenceTab, dataTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("moments-tabs");
        // Every figure is computed once per change; the Decide and Evidence tabs are brought up to
        // date when they are shown, so typing ratings stays quick however large the journey.
        vm.workshopProperty().subscribe(w -> {
            scores = new Scores(w, texts);
            grid.refresh();
            showCurrentTab();
        });
        tabs.getSelectionModel().selectedItemProperty().subscribe(tab -> showCurrentTab());
    }

    public Parent root() {
        return tabs;
    }

    /**
     * Adds "Start a room session" to the top rows of the Rate tab (the room rates and votes) and
     * of the Decide tab (the room polls the candidates), running {@code start}.
     */
    public void offerRoom(Runnable start) {
        ratingBar.addToTopRow(com.motstudio.ui.common.RoomEntry.of(texts, "moments-room", start));
        decideRow.getChildren().add(com.motstudio.ui.common.RoomEntry.of(texts, "moments-decide-room", start));
    }

    MomentsViewModel vm() {
        return vm;
    }

    /** Shows the Decide tab (e.g. for a screenshot). */
    public void showDecide() {
        tabs.getSelectionModel().select(1);
    }

    private void showCurrentTab() {
        int tab = tabs.getSelectionModel().getSelectedIndex();
        if (tab == 1) {
            showRanking();
        } else if (tab == 2) {
            evidence.refresh();
        }
    }

    private void showRanking() {
        long open = scores.analysis().roleSuggestions().stream().filter(r -> !r.alreadySet()).count();
        tagAll.setText(texts.format("moments.roles.tagAll", open));
        tagAll.setDisable(open == 0);
        decision.refresh();
        ranking.show(vm.workshopProperty().get(), scores, texts, this::decisionText,
                t -> vm.moment(t.id()).isPresent() || vm.setAsideReason(t.id()).isPresent(), top.getValue());
    }

    private String decisionText(Touchpoint t) {
        if (vm.moment(t.id()).isPresent()) {
            int place = vm.keyMoments().moments().indexOf(vm.moment(t.id()).get()) + 1;
            return texts.format("moments.decision.confirmed", place);
        }
        return vm.setAsideReason(t.id()).isPresent() ? texts.get("moments.decision.setAside") : "";
    }
}
