package com.motstudio.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoPair;
import com.motstudio.model.KanoResponse;
import com.motstudio.model.KanoSurvey;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.motstudio.method.WorkedExamples.assertFigure;
import static org.assertj.core.api.Assertions.assertThat;

/** KANO against the worked examples in resources/com/motstudio/method/kano. */
class KanoTest {

    @Test
    void everyCellOfTheEvaluationTable() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                KanoTest.class.getResourceAsStream("/com/motstudio/method/kano/evaluation-table.csv"), StandardCharsets.UTF_8))) {
            List<String> lines = in.lines().toList();
            String[] columns = lines.getFirst().split(",");
            int cells = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] row = line.split(",");
                for (int c = 1; c < row.length; c++) {
                    KanoCategory category = Kano.classify(KanoAnswer.valueOf(row[0]), KanoAnswer.valueOf(columns[c]));
                    assertThat(category.letter()).as("%s / %s", row[0], columns[c]).isEqualTo(row[c]);
                    cells++;
                }
            }
            assertThat(cells).isEqualTo(25);
        }
    }

    @Test
    void needsMatchTheWorkedExample() {
        JsonNode example = WorkedExamples.load("kano/needs.json");
        List<KanoNeed> needs = new ArrayList<>();
        example.get("needs").forEach(n -> needs.add(new KanoNeed(n.asText(), n.asText(), "", "", List.of())));
        // respondent i answers the i-th pair listed under each need
        Map<Integer, List<KanoPair>> byRespondent = new TreeMap<>();
        example.get("answers").properties().forEach(e -> {
            for (int i = 0; i < e.getValue().size(); i++) {
                byRespondent.computeIfAbsent(i, k -> new ArrayList<>()).add(pair(e.getKey() + " " + e.getValue().get(i).asText()));
            }
        });
        List<KanoResponse> responses = new ArrayList<>();
        byRespondent.forEach((i, pairs) -> responses.add(new KanoResponse("r" + i, "", pairs)));
        for (JsonNode extra : example.get("extraResponses")) {
            List<KanoPair> pairs = new ArrayList<>();
            extra.forEach(p -> pairs.add(pair(p.asText())));
            responses.add(new KanoResponse("extra" + responses.size(), "", pairs));
        }

        List<KanoNeedResult> results = Kano.of(new KanoSurvey(needs, responses));

        assertThat(results).extracting(KanoNeedResult::needId).containsExactlyElementsOf(needs.stream().map(KanoNeed::id).toList());
        for (KanoNeedResult result : results) {
            JsonNode want = example.get("expected").get(result.needId());
            String at = result.needId();
            KanoNeedResult.KanoCounts c = result.counts();
            assertThat("A%d O%d M%d I%d R%d Q%d".formatted(c.attractive(), c.oneDimensional(), c.mustBe(), c.indifferent(),
                    c.reverse(), c.questionable())).as(at + " counts").isEqualTo(want.get("counts").asText());
            assertThat(result.category()).as(at + " category")
                    .isEqualTo(want.get("category").isNull() ? null : KanoCategory.valueOf(want.get("category").asText()));
            assertFigure(result.better(), want.get("better"), at + " better");
            assertFigure(result.worse(), want.get("worse"), at + " worse");
            JsonNode fong = want.get("fong");
            if (fong.isNull()) {
                assertThat(result.fong()).as(at + " fong").isNull();
                continue;
            }
            assertThat(result.fong().top()).as(at + " m1").isEqualTo(fong.get("top").asInt());
            assertThat(result.fong().second()).as(at + " m2").isEqualTo(fong.get("second").asInt());
            assertThat(result.fong().answers()).as(at + " n").isEqualTo(fong.get("answers").asInt());
            assertFigure(result.fong().difference(), fong.get("difference"), at + " |m1 - m2|");
            assertFigure(result.fong().threshold(), fong.get("threshold"), at + " threshold");
            assertThat(result.fong().significant()).as(at + " significant").isEqualTo(fong.get("significant").asBoolean());
        }
    }

    @Test
    void theTieOrderIsMustBeOneDimensionalAttractiveIndifferentReverseQuestionable() {
        // six categories with one answer each: the first of the tie order wins
        Map<KanoCategory, Integer> counts = new TreeMap<>();
        Arrays.stream(KanoCategory.values()).forEach(c -> counts.put(c, 1));
        assertThat(Kano.result("n", counts).category()).isEqualTo(KanoCategory.MUST_BE);
        counts.put(KanoCategory.MUST_BE, 0);
        assertThat(Kano.result("n", counts).category()).isEqualTo(KanoCategory.ONE_DIMENSIONAL);
        counts.put(KanoCategory.ONE_DIMENSIONAL, 0);
        assertThat(Kano.result("n", counts).category()).isEqualTo(KanoCategory.ATTRACTIVE);
        counts.put(KanoCategory.ATTRACTIVE, 0);
        assertThat(Kano.result("n", counts).category()).isEqualTo(KanoCategory.INDIFFERENT);
        counts.put(KanoCategory.INDIFFERENT, 0);
        assertThat(Kano.result("n", counts).category()).isEqualTo(KanoCategory.REVERSE);
        counts.put(KanoCategory.REVERSE, 0);
        assertThat(Kano.result("n", counts).category()).isEqualTo(KanoCategory.QUESTIONABLE);
    }

    /** "need FUNCTIONAL DYSFUNCTIONAL", '-' for an answer not given. */
    private static KanoPair pair(String text) {
        String[] parts = text.split(" ");
        return new KanoPair(parts[0], answer(parts[1]), answer(parts[2]));
    }

    private static KanoAnswer answer(String text) {
        return text.equals("-") ? null : KanoAnswer.valueOf(text);
    }
}
