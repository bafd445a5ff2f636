package com.motstudio.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.motstudio.model.DimensionWeight;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.motstudio.method.WorkedExamples.assertFigure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** SERVQUAL against the worked examples in resources/com/motstudio/method/servqual. */
class ServqualTest {

    @ParameterizedTest
    @ValueSource(strings = {"complete", "messy", "unequal", "empty"})
    void matchesTheWorkedExample(String name) {
        JsonNode example = WorkedExamples.load("servqual/" + name + ".json");
        ServqualResult result = Servqual.of(survey(example));
        JsonNode expected = example.get("expected");

        assertThat(result.respondents()).isEqualTo(expected.get("respondents").asInt());
        assertThat(result.items()).hasSize(example.get("items").size());
        expected.get("items").properties().forEach(e -> {
            ServqualResult.ItemResult item = result.item(e.getKey()).orElseThrow();
            JsonNode want = e.getValue();
            String at = "item " + e.getKey();
            assertThat(item.expectations()).as(at + " expectations").isEqualTo(want.get("expectations").asInt());
            assertThat(item.perceptions()).as(at + " perceptions").isEqualTo(want.get("perceptions").asInt());
            assertThat(item.pairs()).as(at + " pairs").isEqualTo(want.get("pairs").asInt());
            assertFigure(item.expectation(), want.get("expectation"), at + " expectation");
            assertFigure(item.perception(), want.get("perception"), at + " perception");
            assertFigure(item.gap(), want.get("gap"), at + " gap");
        });
        assertThat(result.dimensions()).extracting(ServqualResult.DimensionResult::dimension)
                .containsExactly(ServqualDimension.values());
        expected.get("dimensions").properties().forEach(e -> {
            ServqualResult.DimensionResult d = result.dimension(ServqualDimension.valueOf(e.getKey()));
            JsonNode want = e.getValue();
            String at = e.getKey();
            assertThat(d.items()).as(at + " items").isEqualTo(want.get("items").asInt());
            assertThat(d.respondents()).as(at + " respondents").isEqualTo(want.get("respondents").asInt());
            assertFigure(d.expectation(), want.get("expectation"), at + " expectation");
            assertFigure(d.perception(), want.get("perception"), at + " perception");
            assertFigure(d.gap(), want.get("gap"), at + " gap");
            assertFigure(d.weight(), want.get("weight"), at + " weight");
        });
        assertOverall(result.gap(), expected.get("gap"), "SERVQUAL");
        assertOverall(result.servperf(), expected.get("servperf"), "SERVPERF");
    }

    /** The case: 4 tangibles items at 7, the other 18 at 1 → 46/22, not the 2.2 of the dimension means. */
    @Test
    void servperfWeighsEveryPerceptionItemAlike() {
        ServqualResult result = Servqual.of(survey(WorkedExamples.load("servqual/unequal.json")));

        assertThat(result.servperf().unweighted()).isCloseTo(46.0 / 22, within(1e-12));
        assertThat(String.format(Locale.ROOT, "%.2f", result.servperf().unweighted())).isEqualTo("2.09");
        double dimensionMeans = result.dimensions().stream().mapToDouble(ServqualResult.DimensionResult::perception).average().orElseThrow();
        assertThat(dimensionMeans).isEqualTo(2.2);
    }

    private static void assertOverall(ServqualResult.Overall overall, JsonNode want, String what) {
        assertFigure(overall.unweighted(), want.get("unweighted"), what + " unweighted");
        assertThat(overall.dimensions()).as(what + " dimensions").isEqualTo(want.get("dimensions").asInt());
        assertFigure(overall.weighted(), want.get("weighted"), what + " weighted");
        assertThat(overall.weightedRespondents()).as(what + " weighted respondents").isEqualTo(want.get("weightedRespondents").asInt());
    }

    private static ServqualSurvey survey(JsonNode example) {
        List<ServqualItem> items = new ArrayList<>();
        example.get("items").forEach(i -> items.add(new ServqualItem(i.get(0).asText(),
                ServqualDimension.valueOf(i.get(1).asText()), "", List.of())));
        List<ServqualResponse> responses = new ArrayList<>();
        for (JsonNode r : example.get("responses")) {
            List<ServqualAnswer> answers = new ArrayList<>();
            r.get("answers").forEach(a -> answers.add(new ServqualAnswer(a.get(0).asText(), integer(a.get(1)), integer(a.get(2)))));
            List<DimensionWeight> weights = new ArrayList<>();
            r.get("weights").forEach(w -> weights.add(new DimensionWeight(ServqualDimension.valueOf(w.get(0).asText()), w.get(1).asDouble())));
            responses.add(new ServqualResponse(r.get("id").asText(), r.get("id").asText(), answers, weights));
        }
        return new ServqualSurvey(example.get("scaleMin").asInt(), example.get("scaleMax").asInt(), items, responses);
    }

    private static Integer integer(JsonNode node) {
        return node.isNull() ? null : node.asInt();
    }
}
