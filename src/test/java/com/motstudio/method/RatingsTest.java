package com.motstudio.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.motstudio.model.RatingCount;
import com.motstudio.model.RatingKind;
import com.motstudio.model.RatingSurvey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.motstudio.method.WorkedExamples.assertFigure;
import static org.assertj.core.api.Assertions.assertThat;

/** NPS, CSAT and 好差评 against the worked examples in resources/com/motstudio/method/ratings. */
class RatingsTest {

    @Test
    void surveysMatchTheWorkedExamples() {
        JsonNode example = WorkedExamples.load("ratings/surveys.json");
        for (JsonNode s : example.get("surveys")) {
            RatingResult result = Ratings.of(new RatingSurvey(s.get("id").asText(), RatingKind.valueOf(s.get("kind").asText()),
                    "", "", counts(s.get("counts"))));
            JsonNode want = s.get("expected");
            String at = result.surveyId();
            assertThat(result.counts()).as(at + " counts").isEqualTo(counts(want.get("counts")));
            assertThat(result.answers()).as(at + " answers").isEqualTo(want.get("answers").asInt());
            assertThat(result.ignored()).as(at + " ignored").isEqualTo(want.get("ignored").asInt());
            assertThat(result.high()).as(at + " high").isEqualTo(want.get("high").asInt());
            assertThat(result.middle()).as(at + " middle").isEqualTo(want.get("middle").asInt());
            assertThat(result.low()).as(at + " low").isEqualTo(want.get("low").asInt());
            assertFigure(result.highPercent(), want.get("highPercent"), at + " high %");
            assertFigure(result.middlePercent(), want.get("middlePercent"), at + " middle %");
            assertFigure(result.lowPercent(), want.get("lowPercent"), at + " low %");
            assertFigure(result.score(), want.get("score"), at + " score");
        }
    }

    @Test
    void theScalesOfTheKinds() {
        assertThat(Ratings.min(RatingKind.NPS)).isZero();
        assertThat(Ratings.max(RatingKind.NPS)).isEqualTo(10);
        assertThat(Ratings.min(RatingKind.GOOD_BAD_REVIEW)).isEqualTo(1);
        assertThat(Ratings.max(RatingKind.CSAT)).isEqualTo(5);
    }

    private static List<RatingCount> counts(JsonNode pairs) {
        List<RatingCount> counts = new ArrayList<>();
        pairs.forEach(p -> counts.add(new RatingCount(p.get(0).asInt(), p.get(1).asInt())));
        return counts;
    }
}
