package com.motstudio.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import com.motstudio.model.TraitWeight;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.motstudio.method.WorkedExamples.assertFigure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Trait scores against the worked examples in resources/com/motstudio/method/traits. */
class TraitScoresTest {

    @ParameterizedTest
    @ValueSource(strings = {"equal-weights", "weights-and-missing"})
    void matchesTheWorkedExample(String name) {
        JsonNode example = WorkedExamples.load("traits/" + name + ".json");
        List<Touchpoint> touchpoints = new ArrayList<>();
        example.get("touchpoints").forEach(id -> touchpoints.add(Touchpoint.named(id.asText(), id.asText())));
        List<TraitWeight> weights = new ArrayList<>();
        example.get("weights").forEach(w -> weights.add(new TraitWeight(Trait.valueOf(w.get(0).asText()),
                w.get(1).isNull() ? Double.NaN : w.get(1).asDouble())));
        List<TraitRating> ratings = new ArrayList<>();
        example.get("ratings").forEach(r -> ratings.add(new TraitRating(r.get(0).asText(), r.get(1).asText(),
                Trait.valueOf(r.get(2).asText()), r.get(3).asInt())));

        List<TouchpointScore> scores = TraitScores.of(touchpoints, ratings, weights);
        JsonNode expected = example.get("expected");

        Map<Trait, Double> effective = TraitScores.weights(weights);
        expected.get("weights").properties().forEach(e ->
                assertThat(effective.get(Trait.valueOf(e.getKey()))).as("weight of %s", e.getKey()).isEqualTo(e.getValue().asDouble()));

        assertThat(scores).extracting(TouchpointScore::touchpointId)
                .containsExactlyElementsOf(touchpoints.stream().map(Touchpoint::id).toList());
        for (TouchpointScore score : scores) {
            JsonNode want = expected.get("touchpoints").get(score.touchpointId());
            String tp = score.touchpointId();
            assertThat(score.raters()).as("%s raters", tp).isEqualTo(want.get("raters").asInt());
            assertFigure(score.score(), want.get("score"), tp + " score");
            assertThat(score.disputedTrait()).as("%s disputed trait", tp)
                    .isEqualTo(want.get("disputedTrait").isNull() ? null : Trait.valueOf(want.get("disputedTrait").asText()));
            assertFigure(score.disagreement(), want.get("disagreement"), tp + " disagreement");
            assertThat(score.cells()).extracting(TraitCell::trait).containsExactly(Trait.values());
            want.get("cells").properties().forEach(e -> {
                TraitCell cell = score.cell(Trait.valueOf(e.getKey()));
                JsonNode c = e.getValue();
                String at = tp + " " + e.getKey();
                assertThat(cell.ratings()).as(at + " ratings").isEqualTo(c.get("ratings").asInt());
                assertFigure(cell.mean(), c.get("mean"), at + " mean");
                assertFigure(cell.spread(), c.get("spread"), at + " spread");
                assertThat(cell.min()).as(at + " min").isEqualTo(c.get("min").isNull() ? null : c.get("min").asInt());
                assertThat(cell.max()).as(at + " max").isEqualTo(c.get("max").isNull() ? null : c.get("max").asInt());
                assertThat(cell.weight()).as(at + " weight").isEqualTo(c.get("weight").asDouble());
                assertFigure(cell.points(), c.get("points"), at + " points");
                assertFigure(cell.maxPoints(), c.get("maxPoints"), at + " maxPoints");
                assertThat(cell.disputed()).as(at + " disputed").isEqualTo(c.get("disputed").asBoolean());
            });
            if (score.score() != null) {
                double sum = score.cells().stream().filter(c -> c.points() != null).mapToDouble(TraitCell::points).sum();
                assertThat(sum).as("%s breakdown adds up to the score", tp).isCloseTo(score.score(), org.assertj.core.api.Assertions.within(1e-9));
            }
        }

        List<TraitScores.DisputedCell> disputed = TraitScores.byDisagreement(scores);
        JsonNode order = expected.get("byDisagreement");
        assertThat(disputed).hasSize(order.size());
        for (int i = 0; i < order.size(); i++) {
            assertThat(disputed.get(i).touchpointId()).isEqualTo(order.get(i).get(0).asText());
            assertThat(disputed.get(i).cell().trait()).as("disagreement #%d", i).isEqualTo(Trait.valueOf(order.get(i).get(1).asText()));
            assertFigure(disputed.get(i).cell().spread(), order.get(i).get(2), "spread #" + i);
        }
    }

    @Test
    void allTopOrAllBottomRatingsScoreOneHundredAndZero() {
        // every trait at 5: Σ w(5 − 1) / (4 Σ w) = 1 → 100; every trait at 1: 0
        List<TraitRating> ratings = new ArrayList<>();
        for (Trait trait : Trait.values()) {
            ratings.add(new TraitRating("p1", "tp-top", trait, 5));
            ratings.add(new TraitRating("p1", "tp-bottom", trait, 1));
        }
        List<TouchpointScore> scores = TraitScores.of(
                List.of(Touchpoint.named("tp-top", "a"), Touchpoint.named("tp-bottom", "b")), ratings, List.of());
        assertThat(scores.get(0).score()).isEqualTo(100.0);
        assertThat(scores.get(1).score()).isEqualTo(0.0);
        assertThat(scores.get(1).cells()).allSatisfy(c -> assertThat(c.points()).isEqualTo(0.0));
    }

    @Test
    void theWeightsCannotBeChangedByTheCaller() {
        assertThatThrownBy(() -> TraitScores.weights(List.of()).put(Trait.SPREAD, 9.0))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
