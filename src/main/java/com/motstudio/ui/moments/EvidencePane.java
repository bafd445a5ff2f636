package com.motstudio.ui.moments;

import atlantafx.base.theme.Styles;
import com.motstudio.method.KanoNeedResult;
import com.motstudio.method.KeyMomentAnalysis;
import com.motstudio.method.RatingResult;
import com.motstudio.method.ServqualResult;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.report.chart.ChartOptions;
import com.motstudio.report.chart.IpaChart;
import com.motstudio.report.chart.KanoChart;
import com.motstudio.report.chart.ScoreChart;
import com.motstudio.report.chart.ServqualChart;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.ChartCanvas;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/**
 * The Evidence tab: the top scores with what makes them, and the survey results beside the
 * scores — SERVQUAL gaps by dimension, KANO
 * categories with Better and Worse, importance–performance quadrants, NPS / CSAT / 好差评 — each
 * with its chart (the same drawing as in the printed report) and its CSV import.
 */
final class EvidencePane {
    private final MomentsViewModel vm;
    private final Texts texts;
    private final ScrollPane root;
    private final Label servqualSummary = new Label();
    private final ChartCanvas servqualChart = new ChartCanvas(560, 300);
    private final TableView<ServqualResult.DimensionResult> dimensions = new TableView<>();
    private final ChartCanvas kanoChart = new ChartCanvas(560, 360);
    private final TableView<KanoNeedResult> needs = new TableView<>();
    private final ComboBox<IpaChart.CrossAt> crossAt = new ComboBox<>();
    private final ChartCanvas ipaChart = new ChartCanvas(560, 360);
    private final TableView<RatingResult> ratings = new TableView<>();
    private final ChartCanvas scoreChart = new ChartCanvas(560, 340);

    private final java.util.function.Supplier<KeyMomentAnalysis> analysis;
    private final ChartSummaries summaries;

    EvidencePane(MomentsViewModel vm, Texts texts, java.util.function.Supplier<KeyMomentAnalysis> analysis) {
        this.analysis = analysis;
        this.vm = vm;
        this.texts = texts;
        this.summaries = new ChartSummaries(texts);
        scoreChart.setId("moments-score-chart");
        servqualChart.setId("moments-servqual-chart");
        kanoChart.setId("moments-kano-chart");
        ipaChart.setId("moments-ipa-chart");
        servqualSummary.setWrapText(true);
        servqualSummary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full, never cut short
        servqualSummary.setId("moments-servqual-summary");
        dimensions.setId("moments-servqual-dimensions");
        dimensions.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("moments.evidence.noServqual")));
        column(dimensions, "moments.servqual.dimension", d -> texts.of(d.dimension()));
        column(dimensions, "moments.servqual.expectation", d -> number(d.expectation()));
        column(dimensions, "moments.servqual.perception", d -> number(d.perception()));
        column(dimensions, "moments.servqual.gap", d -> number(d.gap()));
        column(dimensions, "moments.servqual.weight", d -> number(d.weight()));
        needs.setId("moments-kano-needs");
        needs.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("moments.evidence.noKano")));
        column(needs, "moments.kano.need", r -> needName(r.needId()));
        column(needs, "moments.kano.counts", r -> texts.format("moments.kano.countsValue", r.counts().attractive(), r.counts().oneDimensional(),
                r.counts().mustBe(), r.counts().indifferent(), r.counts().reverse(), r.counts().questionable()));
        column(needs, "moments.kano.category", r -> r.category() == null ? "" : texts.of(r.category()));
        column(needs, "moments.kano.better", r -> number(r.better()));
        column(needs, "moments.kano.worse", r -> number(r.worse()));
        column(needs, "moments.kano.significant", r -> r.fong() == null ? "" : texts.get(r.fong().significant() ? "common.yes" : "common.no"));
        crossAt.getItems().setAll(IpaChart.CrossAt.values());
        crossAt.setValue(IpaChart.CrossAt.MEANS);
        crossAt.setId("moments-ipa-cross");
        crossAt.setConverter(com.motstudio.ui.common.Shown.as(value ->
                texts.get("moments.ipa.cross." + value.name().toLowerCase(java.util.Locale.ROOT))));
        crossAt.valueProperty().addListener((o, a, b) -> refresh());
        ratings.setId("moments-ratings");
        ratings.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("moments.evidence.noRatings")));
        column(ratings, "moments.ratings.name", r -> r.name().isEmpty() ? texts.of(r.kind()) : r.name());
        column(ratings, "moments.ratings.kind", r -> texts.of(r.kind()));
        column(ratings, "moments.ratings.touchpoint", r -> r.touchpointId().isEmpty() ? texts.get("moments.ratings.wholeJourney")
                : vm.touchpoints().stream().filter(t -> t.id().equals(r.touchpointId())).map(Touchpoint::name).findFirst().orElse(""));
        column(ratings, "moments.ratings.answers", r -> String.valueOf(r.answers()));
        column(ratings, "moments.ratings.score", r -> number(r.score()));
        dimensions.setAccessibleText(texts.get("moments.servqual.title"));
        needs.setAccessibleText(texts.get("moments.kano.title"));
        ratings.setAccessibleText(texts.get("moments.ratings.title"));
        for (TableView<?> table : List.of(dimensions, needs, ratings)) {
            table.getColumns().forEach(com.motstudio.ui.common.WrappedHeader::on);
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.setPrefHeight(190);
            table.getStyleClass().add(Styles.DENSE);
        }
        Label crossLabel = new Label(texts.get("moments.ipa.crossAt"));
        crossLabel.setLabelFor(crossAt);
        VBox page = new VBox(12,
                section("moments.scores.title", scoreChart),
                section("moments.servqual.title", servqualSummary, servqualChart, dimensions),
                section("moments.kano.title", kanoChart, needs),
                section("moments.ipa.title", row(crossLabel, crossAt), ipaChart),
                section("moments.ratings.title", ratings));
        page.setPadding(new Insets(10, 14, 20, 12));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("moments-evidence");
        com.motstudio.ui.common.ScrollToFocus.follow(root);
    }

    Node root() {
        return root;
    }

    /** Shows the figures of the workshop as it is now (called when the tab is shown and after each change while it is). */
    void refresh() {
        Workshop w = vm.workshopProperty().get();
        KeyMomentAnalysis a = analysis.get();
        List<ScoreChart.Row> rows = a.ranking().stream().filter(r -> r.score().score() != null)
                .map(r -> new ScoreChart.Row(name(r.touchpointId()), r.score().score(), r.score().cells().stream()
                        .filter(c -> c.points() != null).map(c -> new ScoreChart.Segment(texts.of(c.trait()), c.points())).toList()))
                .toList();
        ScoreChart.Data scoreData = new ScoreChart.Data(rows, java.util.Arrays.stream(com.motstudio.model.Trait.values())
                .map(texts::of).toList());
        scoreChart.show(new ScoreChart(scoreData, ChartOptions.of(texts))::paint, summaries.scores(scoreData));
        ServqualResult s = a.servqual();
        servqualSummary.setText(s.respondents() == 0 ? texts.get("moments.servqual.none")
                : texts.format("moments.servqual.summary", s.respondents(), number(s.gap().unweighted()), number(s.gap().weighted()),
                number(s.servperf().unweighted())));
        dimensions.getItems().setAll(s.dimensions());
        ChartOptions options = ChartOptions.of(texts);
        ServqualChart.Data servqualData = new ServqualChart.Data(s.dimensions().stream()
                .filter(d -> d.expectation() != null && d.perception() != null && d.gap() != null)
                // the method's gap (per respondent, then averaged), so chart and table say the same
                .map(d -> new ServqualChart.DimensionBar(texts.of(d.dimension()), d.expectation(), d.perception(), d.gap())).toList(),
                s.scaleMin(), s.scaleMax());
        servqualChart.show(new ServqualChart(servqualData, options)::paint, summaries.servqual(servqualData));
        needs.getItems().setAll(a.kano());
        KanoChart.Data kanoData = new KanoChart.Data(a.kano().stream().filter(r -> r.better() != null && r.worse() != null)
                .map(r -> new KanoChart.Point(needName(r.needId()), r.better(), Math.abs(r.worse()),
                        r.category() == null ? "" : texts.of(r.category()))).toList());
        kanoChart.show(new KanoChart(kanoData, options)::paint, summaries.kano(kanoData));
        List<IpaChart.Point> points = w.keyMoments().ipa().stream()
                .map(p -> new IpaChart.Point(name(p.touchpointId()), p.importance(), p.performance())).toList();
        // the scale of the scores as given: 1–5 unless they reach beyond it
        double low = Math.min(1, Math.floor(points.stream().mapToDouble(p -> Math.min(p.importance(), p.performance())).min().orElse(1)));
        double high = Math.max(5, Math.ceil(points.stream().mapToDouble(p -> Math.max(p.importance(), p.performance())).max().orElse(5)));
        IpaChart.Data ipaData = crossAt.getValue() == IpaChart.CrossAt.MIDPOINTS ? IpaChart.Data.atMidpoints(points, low, high)
                : IpaChart.Data.atMeans(points, low, high);
        ipaChart.show(new IpaChart(ipaData, options)::paint, summaries.ipa(ipaData));
        ratings.getItems().setAll(a.ratings());
    }

    private String name(String touchpointId) {
        return vm.touchpoints().stream().filter(t -> t.id().equals(touchpointId)).map(Touchpoint::name).findFirst().orElse(touchpointId);
    }

    private String needName(String needId) {
        return vm.keyMoments().kano().needs().stream().filter(n -> n.id().equals(needId)).map(KanoNeed::name).findFirst().orElse(needId);
    }

    private String number(Double value) {
        return value == null ? texts.get("moments.noScore") : texts.format("moments.number", value);
    }

    private <T> void column(TableView<T> table, String key, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        com.motstudio.ui.common.WrappingCell.on(column); // a narrow column at large text wraps its figures, never cuts them
        table.getColumns().add(column);
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private VBox section(String titleKey, Node... content) {
        Label title = new Label(texts.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(8, new Separator(), title);
        box.getChildren().addAll(content);
        return box;
    }
}
