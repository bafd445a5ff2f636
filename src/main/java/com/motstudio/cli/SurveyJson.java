package com.motstudio.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.method.IpaResult;
import com.motstudio.method.KanoNeedResult;
import com.motstudio.method.RatingResult;
import com.motstudio.method.ServqualResult;
import com.motstudio.model.RatingCount;

import java.util.List;

import static com.motstudio.cli.AnalysisJson.number;

/** The survey sections of the analysis JSON: SERVQUAL, KANO, IPA and the rating surveys. */
final class SurveyJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final AnalysisNames names;

    SurveyJson(AnalysisNames names) {
        this.names = names;
    }

    ObjectNode servqual(ServqualResult s) {
        ObjectNode node = NODES.objectNode().put("scaleMin", s.scaleMin()).put("scaleMax", s.scaleMax()).put("respondents", s.respondents());
        ArrayNode items = node.putArray("items");
        for (ServqualResult.ItemResult i : s.items()) {
            ObjectNode item = items.addObject().put("itemId", i.itemId()).put("dimension", i.dimension().name()).put("text", names.of(i.itemId()))
                    .put("expectations", i.expectations()).put("perceptions", i.perceptions()).put("pairs", i.pairs());
            item.set("expectation", number(i.expectation()));
            item.set("perception", number(i.perception()));
            item.set("gap", number(i.gap()));
        }
        ArrayNode dimensions = node.putArray("dimensions");
        for (ServqualResult.DimensionResult d : s.dimensions()) {
            ObjectNode dim = dimensions.addObject().put("dimension", d.dimension().name()).put("items", d.items()).put("respondents", d.respondents());
            dim.set("expectation", number(d.expectation()));
            dim.set("perception", number(d.perception()));
            dim.set("gap", number(d.gap()));
            dim.set("weight", number(d.weight()));
        }
        node.set("gap", overall(s.gap()));
        node.set("servperf", overall(s.servperf()));
        return node;
    }

    private static ObjectNode overall(ServqualResult.Overall o) {
        ObjectNode node = NODES.objectNode();
        node.set("unweighted", number(o.unweighted()));
        node.put("dimensions", o.dimensions());
        node.set("weighted", number(o.weighted()));
        node.put("weightedRespondents", o.weightedRespondents());
        return node;
    }

    ArrayNode kano(List<KanoNeedResult> needs) {
        ArrayNode array = NODES.arrayNode();
        for (KanoNeedResult n : needs) {
            KanoNeedResult.KanoCounts c = n.counts();
            ObjectNode need = array.addObject().put("needId", n.needId()).put("need", names.of(n.needId())).put("answers", c.total());
            need.putObject("counts").put("A", c.attractive()).put("O", c.oneDimensional()).put("M", c.mustBe())
                    .put("I", c.indifferent()).put("R", c.reverse()).put("Q", c.questionable());
            need.put("category", n.category() == null ? null : n.category().name());
            need.set("better", number(n.better()));
            need.set("worse", number(n.worse()));
            if (n.fong() == null) {
                need.putNull("fong");
            } else {
                KanoNeedResult.FongTest f = n.fong();
                need.putObject("fong").put("top", f.top()).put("second", f.second()).put("difference", f.difference())
                        .put("threshold", f.threshold()).put("significant", f.significant());
            }
        }
        return array;
    }

    ObjectNode ipa(IpaResult r) {
        ObjectNode node = NODES.objectNode().put("crossHairs", r.atDataMeans() ? "DATA_MEANS" : "FIXED");
        node.set("importanceLine", number(r.importanceLine()));
        node.set("performanceLine", number(r.performanceLine()));
        ArrayNode points = node.putArray("points");
        r.points().forEach(p -> points.addObject().put("touchpointId", p.touchpointId()).put("touchpoint", names.touchpoint(p.touchpointId()))
                .put("importance", p.importance()).put("performance", p.performance()).put("quadrant", p.quadrant().name())
                .put("onCrossHair", p.onCrossHair()));
        ArrayNode skipped = node.putArray("skipped");
        r.skipped().forEach(skipped::add);
        return node;
    }

    ArrayNode ratings(List<RatingResult> results) {
        ArrayNode array = NODES.arrayNode();
        for (RatingResult r : results) {
            ObjectNode node = array.addObject().put("surveyId", r.surveyId()).put("kind", r.kind().name()).put("name", r.name())
                    .put("touchpointId", r.touchpointId()).put("touchpoint", names.touchpoint(r.touchpointId()))
                    .put("answers", r.answers()).put("ignored", r.ignored());
            ArrayNode counts = node.putArray("counts");
            for (RatingCount c : r.counts()) {
                counts.addObject().put("value", c.value()).put("count", c.count());
            }
            String[] bands = switch (r.kind()) {
                case NPS -> new String[] {"promoters", "passives", "detractors", "nps"};
                case CSAT -> new String[] {"satisfied", "neutral", "dissatisfied", "csat"};
                case GOOD_BAD_REVIEW -> new String[] {"good", "basic", "bad", "badReviewShare"};
            };
            node.put(bands[0], r.high()).put(bands[1], r.middle()).put(bands[2], r.low());
            node.set(bands[0] + "Percent", number(r.highPercent()));
            node.set(bands[1] + "Percent", number(r.middlePercent()));
            node.set(bands[2] + "Percent", number(r.lowPercent()));
            node.set(bands[3], number(r.score()));
        }
        return array;
    }
}
