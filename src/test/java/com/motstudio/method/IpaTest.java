package com.motstudio.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.motstudio.model.IpaScore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.motstudio.method.WorkedExamples.assertFigure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Importance–performance analysis against the worked example in resources/com/motstudio/method/ipa. */
class IpaTest {
    private final JsonNode example = WorkedExamples.load("ipa/points.json");

    @Test
    void crossHairsAtTheDataMeans() {
        IpaResult result = Ipa.of(scores(), IpaCrossHairs.dataMeans());
        assertThat(result.atDataMeans()).isTrue();
        check(result, example.get("expected").get("dataMeans"));
    }

    @Test
    void crossHairsAtTheScaleMidpoint() {
        IpaResult result = Ipa.of(scores(), IpaCrossHairs.scaleMidpoint(1, 7));
        assertThat(result.atDataMeans()).isFalse();
        check(result, example.get("expected").get("midpoint 1-7"));
    }

    @Test
    void noScoresMeansNoCrossHairsAtTheMeans() {
        IpaResult result = Ipa.of(List.of(), IpaCrossHairs.dataMeans());
        assertThat(result.importanceLine()).isNull();
        assertThat(result.performanceLine()).isNull();
        assertThat(result.points()).isEmpty();
        assertThat(Ipa.of(List.of(), IpaCrossHairs.at(3, 4)).importanceLine()).isEqualTo(3.0);
    }

    @Test
    void aMeanComputedInFloatingPointStillPutsAnEqualPointOnTheLine() {
        // importance 0.1, 0.2, 0.3: the mean is 0.2 only up to rounding; the 0.2 point is on the line
        IpaResult result = Ipa.of(List.of(new IpaScore("a", 0.1, 1), new IpaScore("b", 0.2, 2), new IpaScore("c", 0.3, 3)),
                IpaCrossHairs.dataMeans());
        assertThat(result.point("b").orElseThrow().onCrossHair()).isTrue();
        assertThat(result.point("b").orElseThrow().quadrant()).isEqualTo(IpaQuadrant.CONCENTRATE_HERE);
    }

    @Test
    void fixedCrossHairsMustBeNumbers() {
        assertThatThrownBy(() -> IpaCrossHairs.at(Double.NaN, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<IpaScore> scores() {
        List<IpaScore> scores = new ArrayList<>();
        example.get("scores").forEach(s -> scores.add(new IpaScore(s.get(0).asText(),
                s.get(1).isNull() ? Double.NaN : s.get(1).asDouble(), s.get(2).isNull() ? Double.NaN : s.get(2).asDouble())));
        return scores;
    }

    private static void check(IpaResult result, JsonNode want) {
        assertFigure(result.importanceLine(), want.get("importanceLine"), "importance line");
        assertFigure(result.performanceLine(), want.get("performanceLine"), "performance line");
        List<String> skipped = new ArrayList<>();
        want.get("skipped").forEach(s -> skipped.add(s.asText()));
        assertThat(result.skipped()).isEqualTo(skipped);
        JsonNode points = want.get("points");
        assertThat(result.points()).hasSize(points.size());
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i);
            IpaResult.IpaPoint point = result.points().get(i);
            assertThat(point.touchpointId()).isEqualTo(p.get(0).asText());
            assertThat(point.importance()).isEqualTo(p.get(1).asDouble());
            assertThat(point.performance()).isEqualTo(p.get(2).asDouble());
            assertThat(point.quadrant()).as(point.touchpointId()).isEqualTo(IpaQuadrant.valueOf(p.get(3).asText()));
            assertThat(point.onCrossHair()).as(point.touchpointId() + " on a cross-hair").isEqualTo(p.get(4).asBoolean());
        }
    }
}
