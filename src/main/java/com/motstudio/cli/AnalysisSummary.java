package com.motstudio.cli;

import com.motstudio.method.EmotionCurve;
import com.motstudio.method.Evidence;
import com.motstudio.method.KeyMomentAnalysis;
import com.motstudio.method.PeakEndResult.CurvePoint;
import com.motstudio.method.RankedTouchpoint;
import com.motstudio.method.RoleSuggestion;
import com.motstudio.method.TraitCell;
import com.motstudio.method.TraitScores;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/** The analysis as a readable summary in the chosen language, section by section. */
final class AnalysisSummary {
    private static final String INDENT = "  ";

    private final Texts texts;
    private final Workshop workshop;
    private final KeyMomentAnalysis a;
    private final AnalysisNames names;
    private final PrintWriter out;

    AnalysisSummary(Texts texts, Workshop workshop, KeyMomentAnalysis analysis, PrintWriter out) {
        this.texts = texts;
        this.workshop = workshop;
        this.a = analysis;
        this.names = new AnalysisNames(workshop);
        this.out = out;
    }

    void print(Path file) {
        out.println(texts.format("cli.analyze.title", file, workshop.info().title()));
        scores();
        new SurveySummary(texts, names, out).print(a);
    }

    private void scores() {
        out.println();
        out.println(texts.format("cli.analyze.scores", a.weights().entrySet().stream()
                .map(e -> texts.format("cli.analyze.weight", texts.of(e.getKey()), e.getValue())).collect(list())));
        for (RankedTouchpoint r : a.ranking()) {
            String tp = names.touchpoint(r.touchpointId());
            String stage = names.stageOf(r.touchpointId());
            if (r.rank() == null) {
                out.println(INDENT + texts.format("cli.analyze.unscored", tp, stage));
                out.println(INDENT + INDENT + texts.format("cli.analyze.evidence", evidence(r.evidence())));
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (TraitCell c : r.score().cells()) {
                if (c.points() != null) {
                    parts.add(texts.format("cli.analyze.part", texts.of(c.trait()), c.points()));
                }
            }
            out.println(INDENT + texts.format("cli.analyze.ranked", r.rank(), tp, stage, r.score().score(),
                    String.join(" + ", parts), r.score().raters()));
            out.println(INDENT + INDENT + texts.format("cli.analyze.evidence", evidence(r.evidence())));
        }
        out.println();
        out.println(texts.get("cli.analyze.disputes"));
        List<TraitScores.DisputedCell> disputed = TraitScores.byDisagreement(a.scores()).stream()
                .filter(c -> c.cell().disputed()).toList();
        if (disputed.isEmpty()) {
            out.println(INDENT + texts.get("cli.analyze.disputes.none"));
        }
        disputed.forEach(c -> out.println(INDENT + texts.format("cli.analyze.dispute", names.touchpoint(c.touchpointId()),
                texts.of(c.cell().trait()), c.cell().spread(), c.cell().ratings())));
        curves();
        roles();
    }

    private String evidence(Evidence e) {
        List<String> parts = new ArrayList<>();
        if (e.peak()) {
            parts.add(texts.get("cli.analyze.evidence.peak"));
        }
        if (e.end()) {
            parts.add(texts.get("cli.analyze.evidence.end"));
        }
        if (!e.roles().isEmpty()) {
            parts.add(texts.format("cli.analyze.evidence.roles", labels(e.roles())));
        }
        if (!e.suggestedRoles().isEmpty()) {
            parts.add(texts.format("cli.analyze.evidence.suggested", labels(e.suggestedRoles())));
        }
        if (e.servqualGap() != null) {
            parts.add(texts.format("cli.analyze.evidence.servqual", e.servqualGap()));
        }
        if (!e.kano().isEmpty()) {
            parts.add(texts.format("cli.analyze.evidence.kano", e.kano().stream().map(n -> texts.format("cli.analyze.evidence.kanoNeed",
                    names.of(n.needId()), n.category() == null ? texts.get("cli.analyze.none") : texts.of(n.category())))
                    .collect(list())));
        }
        if (e.dots() > 0) {
            parts.add(texts.format("cli.analyze.evidence.dots", e.dots()));
        }
        if (e.reviews() > 0) {
            parts.add(texts.format("cli.analyze.evidence.reviews", e.badReviews(), e.reviews()));
        }
        return parts.isEmpty() ? texts.get("cli.analyze.nothing") : String.join(texts.get("cli.analyze.separator"), parts);
    }

    private void curves() {
        out.println();
        out.println(texts.get("cli.analyze.curves"));
        if (a.curves().isEmpty()) {
            out.println(INDENT + texts.get("cli.analyze.nothing"));
        }
        for (EmotionCurve c : a.curves()) {
            out.println(INDENT + texts.format("cli.analyze.curve", names.of(c.customerTypeId()), point(c.peakEnd().lowest()),
                    point(c.peakEnd().highest()), point(c.peakEnd().peak()), point(c.peakEnd().end()), c.peakEnd().remembered()));
        }
    }

    private String point(CurvePoint p) {
        return texts.format("cli.analyze.curvePoint", names.touchpoint(p.touchpointId()), p.score());
    }

    private void roles() {
        out.println();
        out.println(texts.get("cli.analyze.roles"));
        if (a.roleSuggestions().isEmpty()) {
            out.println(INDENT + texts.get("cli.analyze.nothing"));
        }
        for (RoleSuggestion r : a.roleSuggestions()) {
            out.println(INDENT + texts.format(r.alreadySet() ? "cli.analyze.role.set" : "cli.analyze.role",
                    names.touchpoint(r.touchpointId()), texts.of(r.role()), texts.of(r.reason())));
        }
        out.println();
        out.println(texts.format("cli.analyze.votes", a.votes().total(), a.votes().votesPerParticipant()));
        a.votes().touchpoints().stream().filter(t -> t.dots() > 0).forEach(t -> out.println(INDENT
                + texts.format("cli.analyze.vote", names.touchpoint(t.touchpointId()), t.dots(), t.voters())));
        a.votes().voters().stream().filter(v -> v.overBudget()).forEach(v -> out.println(INDENT
                + texts.format("cli.analyze.voter.over", names.of(v.participantId()), v.used(), a.votes().votesPerParticipant())));
    }

    private String labels(Collection<? extends Enum<?>> values) {
        return values.stream().map(texts::of).collect(list());
    }

    /** Joins list items the way the language does ("a, b" or "a、b"). */
    private Collector<CharSequence, ?, String> list() {
        return Collectors.joining(texts.get("cli.analyze.listSeparator"));
    }
}
