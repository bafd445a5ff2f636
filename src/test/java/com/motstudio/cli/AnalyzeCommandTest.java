package com.motstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.motstudio.model.Workshop;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code analyze}: the example workshop's figures against the hand computation in analyze-example.md. */
class AnalyzeCommandTest {
    static final Path EXAMPLE = Path.of("src/test/resources/com/motstudio/cli/analyze-example.mot.json");

    @TempDir
    Path folder;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(Language language, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandLineMain.run(args, new Texts(language), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private JsonNode json(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("analyze", EXAMPLE.toString(), "--json"));
        args.addAll(List.of(extra));
        assertThat(run(Language.ENGLISH, args.toArray(String[]::new))).isZero();
        assertThat(err.toString()).isEmpty();
        return new ObjectMapper().readTree(out.toString());
    }

    private static void close(JsonNode node, double expected) {
        assertThat(node.isNumber()).as("%s is a number", node).isTrue();
        assertThat(node.asDouble()).isCloseTo(expected, within(1e-9));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " = " + value + " in " + array);
    }

    @Test
    void scoresRankingAndPeakEndMatchTheHandFigures() throws Exception {
        JsonNode root = json();
        assertThat(root.get("format").asText()).isEqualTo("mot-studio-analysis");
        JsonNode window = find(root.get("scores"), "touchpointId", "tp-window");
        assertThat(window.get("touchpoint").asText()).isEqualTo("窗口受理");
        assertThat(window.get("stage").asText()).isEqualTo("窗口办理");
        close(window.get("score"), 600.0 / 7);
        double[] points = {550.0 / 21, 75.0 / 7, 75.0 / 7, 75.0 / 7, 275.0 / 21, 100.0 / 7};
        for (int i = 0; i < points.length; i++) {
            close(window.get("traits").get(i).get("points"), points[i]);
        }
        close(window.at("/traits/0/mean"), 14.0 / 3);
        assertThat(window.get("disputedTrait").asText()).isEqualTo("CONTROLLABILITY");
        close(window.get("disagreement"), Math.sqrt(2.0 / 3));
        close(find(root.get("scores"), "touchpointId", "tp-queue").get("score"), 575.0 / 9);
        close(find(root.get("scores"), "touchpointId", "tp-guide").get("score"), 325.0 / 7);
        close(find(root.get("scores"), "touchpointId", "tp-wait").get("score"), 0);
        assertThat(find(root.get("scores"), "touchpointId", "tp-review").get("score").isNull()).isTrue();

        JsonNode ranking = root.get("ranking");
        List<String> order = new ArrayList<>();
        ranking.forEach(r -> order.add(r.get("touchpointId").asText() + "#" + r.get("rank").asText()));
        assertThat(order).containsExactly("tp-window#1", "tp-queue#2", "tp-guide#3", "tp-wait#4", "tp-review#null");
        JsonNode evidence = ranking.get(0).get("evidence");
        assertThat(evidence.get("peak").asBoolean()).isTrue();
        assertThat(evidence.get("end").asBoolean()).isFalse();
        close(evidence.get("servqualGap"), -17.0 / 12);
        assertThat(evidence.at("/kano/0/category").asText()).isEqualTo("MUST_BE");
        assertThat(evidence.get("dots").asInt()).isEqualTo(5);
        assertThat(evidence.get("badReviews").asInt()).isEqualTo(4);
        assertThat(evidence.get("reviews").asInt()).isEqualTo(50);
        assertThat(evidence.get("roles").toString()).isEqualTo("[\"COMPLAINT\"]");
        assertThat(evidence.get("suggestedRoles").toString()).isEqualTo("[\"HIGH_FREQUENCY\",\"HIGH_PERCEPTION\"]");
        assertThat(ranking.get(4).at("/evidence/end").asBoolean()).isTrue();
        assertThat(ranking.get(4).at("/evidence/servqualGap").isNull()).isTrue();

        assertThat(root.get("disagreements")).hasSize(1);
        assertThat(root.at("/disagreements/0/touchpointId").asText()).isEqualTo("tp-queue");
        close(find(root.get("peakEnd"), "customerTypeId", "ct-citizen").get("remembered"), -1);
        JsonNode business = find(root.get("peakEnd"), "customerTypeId", "ct-business");
        assertThat(business.at("/peak/touchpointId").asText()).isEqualTo("tp-window");
        close(business.get("remembered"), 0);
        assertThat(root.get("roleSuggestions")).hasSize(6);
        close(root.at("/votes/total"), 7);
        assertThat(find(root.at("/votes/participants"), "participantId", "p-zhao").get("left").asInt()).isEqualTo(2);
    }

    @Test
    void surveysMatchTheHandFigures() throws Exception {
        JsonNode root = json();
        JsonNode servqual = root.get("servqual");
        close(servqual.at("/gap/unweighted"), -41.0 / 30);
        close(servqual.at("/gap/weighted"), -1.8);
        assertThat(servqual.at("/gap/weightedRespondents").asInt()).isEqualTo(2);
        close(servqual.at("/servperf/unweighted"), 209.0 / 45);
        close(servqual.at("/servperf/weighted"), 809.0 / 180);
        close(find(servqual.get("dimensions"), "dimension", "RESPONSIVENESS").get("gap"), -11.0 / 3);
        close(find(servqual.get("dimensions"), "dimension", "RELIABILITY").get("weight"), 280.0 / 9);
        close(find(servqual.get("items"), "itemId", "sq-r1").get("perception"), 4.5);

        JsonNode once = find(root.get("kano"), "needId", "kn-once");
        assertThat(once.get("category").asText()).isEqualTo("MUST_BE");
        assertThat(once.get("counts").toString()).isEqualTo("{\"A\":0,\"O\":1,\"M\":4,\"I\":0,\"R\":0,\"Q\":0}");
        close(once.get("better"), 0.2);
        close(once.get("worse"), -1);
        close(once.at("/fong/threshold"), 1.65 * Math.sqrt(2.5));
        assertThat(once.at("/fong/significant").asBoolean()).isTrue();
        JsonNode seat = find(root.get("kano"), "needId", "kn-seat");
        assertThat(seat.get("category").asText()).isEqualTo("ATTRACTIVE");
        assertThat(seat.get("worse").toString()).isEqualTo("0.0");
        assertThat(find(root.get("kano"), "needId", "kn-sms").get("category").asText()).isEqualTo("INDIFFERENT");

        JsonNode ipa = root.get("ipa");
        assertThat(ipa.get("crossHairs").asText()).isEqualTo("DATA_MEANS");
        close(ipa.get("importanceLine"), 3.74);
        close(ipa.get("performanceLine"), 3.3);
        assertThat(find(ipa.get("points"), "touchpointId", "tp-guide").get("quadrant").asText()).isEqualTo("KEEP_UP_THE_GOOD_WORK");
        assertThat(find(ipa.get("points"), "touchpointId", "tp-wait").get("quadrant").asText()).isEqualTo("LOW_PRIORITY");
        assertThat(find(ipa.get("points"), "touchpointId", "tp-review").get("quadrant").asText()).isEqualTo("POSSIBLE_OVERKILL");

        JsonNode ratings = root.get("ratings");
        close(find(ratings, "surveyId", "rs-nps").get("nps"), 15);
        close(find(ratings, "surveyId", "rs-window").get("badReviewShare"), 8);
        close(find(ratings, "surveyId", "rs-review").get("badReviewShare"), 0);
        close(find(ratings, "surveyId", "rs-csat").get("csat"), 60);
    }

    @Test
    void theIpaScaleOptionMovesTheCrossHairsToTheMidpoint() throws Exception {
        JsonNode ipa = json("--ipa-scale", "1..5").get("ipa");
        assertThat(ipa.get("crossHairs").asText()).isEqualTo("FIXED");
        close(ipa.get("importanceLine"), 3);
        close(ipa.get("performanceLine"), 3);
        JsonNode wait = find(ipa.get("points"), "touchpointId", "tp-wait");
        assertThat(wait.get("quadrant").asText()).isEqualTo("CONCENTRATE_HERE");
        assertThat(wait.get("onCrossHair").asBoolean()).isTrue();
    }

    @Test
    void theSummaryIsReadableInEachLanguage() {
        assertThat(run(Language.ENGLISH, "analyze", EXAMPLE.toString())).isZero();
        assertThat(out.toString()).contains("1. 窗口受理 (窗口办理): 85.7 = Emotional impact 26.2 + ")
                .contains("SERVPERF 4.64").contains("Must-be").contains("NPS 15.0").contains("bad-review share 8.0%")
                .contains("Concentrate here: 取号排队, 窗口受理")
                .contains("窗口受理: no standard (0 checklist items), no actions (0 open), no KPIs")
                .contains("Planning checks (2)").contains("窗口受理: no service standard yet");
        assertThat(run(Language.SIMPLIFIED_CHINESE, "analyze", EXAMPLE.toString())).isZero();
        assertThat(out.toString()).contains("情感影响 26.2").contains("必备属性").contains("差评率 8.0%").contains("重点改进区：取号排队、窗口受理")
                .contains("计划检查（2 项）").contains("窗口受理：还没有安排行动");
        assertThat(run(Language.TRADITIONAL_CHINESE, "analyze", EXAMPLE.toString())).isZero();
        assertThat(out.toString()).contains("情感影響 26.2").contains("必要品質").contains("差評率 8.0%").contains("優先改善區");
    }

    @Test
    void aRefusedFileExitsOneWithTheMessagesOfValidate() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.mot.json"), "{\n  \"format\": \"mot-studio-workshop\",\n  \"formatVersion\": 1,\n  \"info\": {,\n}",
                StandardCharsets.UTF_8);
        assertThat(run(Language.ENGLISH, "validate", bad.toString())).isEqualTo(1);
        String validateErrors = err.toString();
        assertThat(run(Language.ENGLISH, "analyze", bad.toString(), "--json")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(validateErrors).containsIgnoringCase("line 4");
        assertThat(out.toString()).isEmpty();
        assertThat(run(Language.ENGLISH, "analyze", folder.resolve("nowhere.mot.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nowhere.mot.json");
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run(Language.ENGLISH, "analyze")).isEqualTo(2);
        assertThat(err.toString()).contains("Wrong usage").contains("FILE");
        assertThat(run(Language.ENGLISH, "analyze", EXAMPLE.toString(), EXAMPLE.toString())).isEqualTo(2);
        assertThat(run(Language.ENGLISH, "analyze", EXAMPLE.toString(), "--no-such-option")).isEqualTo(2);
        assertThat(run(Language.ENGLISH, "analyze", EXAMPLE.toString(), "--ipa-scale", "5..1")).isEqualTo(2);
        assertThat(err.toString()).contains("Wrong usage").contains("5..1");
        assertThat(out.toString()).isEmpty();
        assertThat(run(Language.SIMPLIFIED_CHINESE, "analyze", EXAMPLE.toString(), "--ipa-scale", "abc")).isEqualTo(2);
        assertThat(err.toString()).contains("用法错误").contains("abc");
    }

    @Test
    void aBlankWorkshopHasNoFiguresRatherThanZeros() throws Exception {
        Path file = folder.resolve("blank.mot.json");
        new WorkshopStore().save(Workshop.blank("en", "Citizen"), file, null);
        assertThat(run(Language.ENGLISH, "analyze", file.toString(), "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("scores")).isEmpty();
        assertThat(root.at("/servqual/gap/unweighted").isNull()).isTrue();
        assertThat(root.at("/ipa/importanceLine").isNull()).isTrue();
        assertThat(run(Language.ENGLISH, "analyze", file.toString())).isZero();
        assertThat(out.toString()).contains("(none)");
    }

    @Test
    void theOutputIsTheSameOnEveryRunAndTheCommandIsRecognised() {
        run(Language.ENGLISH, "analyze", EXAMPLE.toString(), "--json");
        String first = out.toString();
        run(Language.ENGLISH, "analyze", EXAMPLE.toString(), "--json");
        assertThat(out.toString()).isEqualTo(first).doesNotContain("\r").doesNotContain("-0.0,");
        assertThat(CommandLineMain.handles(new String[] {"analyze", "x"})).isTrue();
        assertThat(run(Language.ENGLISH, "--help")).isZero();
        assertThat(out.toString()).contains("analyze");
    }
}
