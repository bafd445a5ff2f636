package com.motstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.method.DotVoteTally;
import com.motstudio.method.EmotionCurve;
import com.motstudio.method.Evidence;
import com.motstudio.method.KeyMomentAnalysis;
import com.motstudio.method.PeakEndResult;
import com.motstudio.method.RankedTouchpoint;
import com.motstudio.method.RoleSuggestion;
import com.motstudio.method.TouchpointScore;
import com.motstudio.method.TraitCell;
import com.motstudio.method.TraitScores;
import com.motstudio.model.Workshop;

import java.util.Collection;

/**
 * The analysis as JSON (docs/analyze.md): fields in a fixed order, numbers as numbers and null
 * where a figure is undefined, ids with the names beside them. Two-space indents, LF line ends.
 */
final class AnalysisJson {
    static final String FORMAT = "mot-studio-analysis";
    static final int FORMAT_VERSION = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final AnalysisNames names;

    private AnalysisJson(AnalysisNames names) {
        this.names = names;
    }

    /** The whole document, ending with a line break. */
    static String text(Workshop workshop, KeyMomentAnalysis analysis) {
        return text(workshop, analysis, java.time.LocalDate.now());
    }

    /** The whole document with the planning checks made as of {@code today}. */
    static String text(Workshop workshop, KeyMomentAnalysis analysis, java.time.LocalDate today) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(tree(workshop, analysis, today)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot print the analysis", e);
        }
    }

    static ObjectNode tree(Workshop workshop, KeyMomentAnalysis a) {
        return tree(workshop, a, java.time.LocalDate.now());
    }

    static ObjectNode tree(Workshop workshop, KeyMomentAnalysis a, java.time.LocalDate today) {
        AnalysisNames names = new AnalysisNames(workshop);
        AnalysisJson json = new AnalysisJson(names);
        SurveyJson surveys = new SurveyJson(names);
        ObjectNode root = NODES.objectNode().put("format", FORMAT).put("formatVersion", FORMAT_VERSION);
        root.putObject("workshop").put("title", workshop.info().title()).put("language", workshop.info().language())
                .put("touchpoints", workshop.journey().touchpoints().size());
        ArrayNode weights = root.putArray("traitWeights");
        a.weights().forEach((trait, weight) -> weights.addObject().put("trait", trait.name()).put("weight", weight));
        ArrayNode scores = root.putArray("scores");
        a.scores().forEach(s -> scores.add(json.score(s)));
        ArrayNode disputed = root.putArray("disagreements");
        TraitScores.byDisagreement(a.scores()).stream().filter(c -> c.cell().disputed()).forEach(c -> disputed.addObject()
                .put("touchpointId", c.touchpointId()).put("touchpoint", names.touchpoint(c.touchpointId()))
                .put("trait", c.cell().trait().name()).put("ratings", c.cell().ratings()).put("spread", c.cell().spread()));
        ArrayNode ranking = root.putArray("ranking");
        a.ranking().forEach(r -> ranking.add(json.ranked(r)));
        ArrayNode roles = root.putArray("roleSuggestions");
        a.roleSuggestions().forEach(r -> roles.add(json.role(r)));
        ArrayNode curves = root.putArray("peakEnd");
        a.curves().forEach(c -> curves.add(json.curve(c)));
        root.set("votes", json.votes(a.votes()));
        root.set("servqual", surveys.servqual(a.servqual()));
        root.set("kano", surveys.kano(a.kano()));
        root.set("ipa", surveys.ipa(a.ipa()));
        root.set("ratings", surveys.ratings(a.ratings()));
        root.set("plan", PlanJson.plan(workshop, names, today));
        root.set("monitoring", new MonitoringReport(workshop, today).tree());
        return root;
    }

    private ObjectNode score(TouchpointScore s) {
        ObjectNode node = NODES.objectNode().put("touchpointId", s.touchpointId()).put("touchpoint", names.touchpoint(s.touchpointId()))
                .put("stage", names.stageOf(s.touchpointId())).put("raters", s.raters());
        node.set("score", number(s.score()));
        node.put("disputedTrait", s.disputedTrait() == null ? null : s.disputedTrait().name());
        node.set("disagreement", number(s.disagreement()));
        ArrayNode traits = node.putArray("traits");
        for (TraitCell c : s.cells()) {
            ObjectNode cell = traits.addObject().put("trait", c.trait().name()).put("ratings", c.ratings());
            cell.set("mean", number(c.mean()));
            cell.set("spread", number(c.spread()));
            cell.set("min", c.min() == null ? NODES.nullNode() : NODES.numberNode(c.min()));
            cell.set("max", c.max() == null ? NODES.nullNode() : NODES.numberNode(c.max()));
            cell.put("weight", c.weight());
            cell.set("points", number(c.points()));
            cell.set("maxPoints", number(c.maxPoints()));
            cell.put("disputed", c.disputed());
        }
        return node;
    }

    private ObjectNode ranked(RankedTouchpoint r) {
        ObjectNode node = NODES.objectNode();
        node.set("rank", r.rank() == null ? NODES.nullNode() : NODES.numberNode(r.rank()));
        node.put("touchpointId", r.touchpointId()).put("touchpoint", names.touchpoint(r.touchpointId()));
        node.set("score", number(r.score().score()));
        Evidence e = r.evidence();
        ObjectNode evidence = node.putObject("evidence").put("peak", e.peak()).put("end", e.end());
        ArrayNode curves = evidence.putArray("curves");
        e.curves().forEach(m -> curves.addObject().put("customerTypeId", m.customerTypeId()).put("customerType", names.of(m.customerTypeId()))
                .put("score", m.score()).put("lowest", m.lowest()).put("highest", m.highest()).put("peak", m.peak()).put("end", m.end()));
        evidence.set("roles", names(e.roles()));
        evidence.set("suggestedRoles", names(e.suggestedRoles()));
        ArrayNode items = evidence.putArray("servqualItemIds");
        e.servqualItemIds().forEach(items::add);
        evidence.set("servqualGap", number(e.servqualGap()));
        ArrayNode kano = evidence.putArray("kano");
        e.kano().forEach(n -> kano.addObject().put("needId", n.needId()).put("need", names.of(n.needId()))
                .put("category", n.category() == null ? null : n.category().name()));
        evidence.put("dots", e.dots()).put("reviews", e.reviews()).put("badReviews", e.badReviews());
        return node;
    }

    private ObjectNode role(RoleSuggestion r) {
        return NODES.objectNode().put("touchpointId", r.touchpointId()).put("touchpoint", names.touchpoint(r.touchpointId()))
                .put("role", r.role().name()).put("reason", r.reason().name()).put("alreadySet", r.alreadySet());
    }

    private ObjectNode curve(EmotionCurve c) {
        PeakEndResult p = c.peakEnd();
        ObjectNode node = NODES.objectNode().put("customerTypeId", c.customerTypeId()).put("customerType", names.of(c.customerTypeId()))
                .put("scored", p.scored());
        node.set("lowest", point(p.lowest()));
        node.set("highest", point(p.highest()));
        node.set("peak", point(p.peak()));
        node.set("end", point(p.end()));
        node.put("remembered", p.remembered());
        return node;
    }

    private ObjectNode point(PeakEndResult.CurvePoint p) {
        return NODES.objectNode().put("touchpointId", p.touchpointId()).put("touchpoint", names.touchpoint(p.touchpointId()))
                .put("score", p.score());
    }

    private ObjectNode votes(DotVoteTally t) {
        ObjectNode node = NODES.objectNode().put("votesPerParticipant", t.votesPerParticipant()).put("total", t.total());
        ArrayNode touchpoints = node.putArray("touchpoints");
        t.touchpoints().forEach(d -> touchpoints.addObject().put("touchpointId", d.touchpointId())
                .put("touchpoint", names.touchpoint(d.touchpointId())).put("dots", d.dots()).put("voters", d.voters()));
        ArrayNode voters = node.putArray("participants");
        t.voters().forEach(v -> voters.addObject().put("participantId", v.participantId()).put("participant", names.of(v.participantId()))
                .put("used", v.used()).put("left", v.left()).put("overBudget", v.overBudget()));
        return node;
    }

    private static ArrayNode names(Collection<? extends Enum<?>> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(v -> array.add(v.name()));
        return array;
    }

    /** A figure, or null when it is undefined; −0.0 is written as 0.0. */
    static com.fasterxml.jackson.databind.JsonNode number(Double value) {
        return value == null || !Double.isFinite(value) ? NODES.nullNode() : NODES.numberNode(value == 0 ? 0.0 : value);
    }
}
