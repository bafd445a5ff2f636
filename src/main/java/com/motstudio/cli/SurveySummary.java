package com.motstudio.cli;

import com.motstudio.method.IpaQuadrant;
import com.motstudio.method.IpaResult;
import com.motstudio.method.KanoNeedResult;
import com.motstudio.method.KeyMomentAnalysis;
import com.motstudio.method.RatingResult;
import com.motstudio.method.ServqualResult;
import com.motstudio.text.Texts;

import java.io.PrintWriter;
import java.util.stream.Collectors;

/** The survey part of the readable summary: SERVQUAL, KANO, IPA and the rating surveys. */
final class SurveySummary {
    private static final String INDENT = "  ";

    private final Texts texts;
    private final AnalysisNames names;
    private final PrintWriter out;

    SurveySummary(Texts texts, AnalysisNames names, PrintWriter out) {
        this.texts = texts;
        this.names = names;
        this.out = out;
    }

    void print(KeyMomentAnalysis a) {
        servqual(a.servqual());
        kano(a);
        ipa(a.ipa());
        ratings(a);
    }

    private void servqual(ServqualResult s) {
        out.println();
        out.println(texts.format("cli.analyze.servqual", s.respondents(), s.scaleMin(), s.scaleMax()));
        if (s.respondents() == 0) {
            out.println(INDENT + texts.get("cli.analyze.nothing"));
            return;
        }
        for (ServqualResult.DimensionResult d : s.dimensions()) {
            if (d.gap() != null || d.perception() != null) {
                out.println(INDENT + texts.format("cli.analyze.dimension", texts.of(d.dimension()), figure(d.expectation()),
                        figure(d.perception()), figure(d.gap())));
            }
        }
        out.println(INDENT + texts.format("cli.analyze.servqual.overall", figure(s.gap().unweighted()), figure(s.gap().weighted()),
                s.gap().weightedRespondents(), figure(s.servperf().unweighted()), figure(s.servperf().weighted())));
    }

    private void kano(KeyMomentAnalysis a) {
        out.println();
        out.println(texts.get("cli.analyze.kano"));
        if (a.kano().isEmpty()) {
            out.println(INDENT + texts.get("cli.analyze.nothing"));
        }
        for (KanoNeedResult n : a.kano()) {
            String need = names.of(n.needId());
            if (n.category() == null) {
                out.println(INDENT + texts.format("cli.analyze.need.unanswered", need));
                continue;
            }
            KanoNeedResult.KanoCounts c = n.counts();
            out.println(INDENT + texts.format("cli.analyze.need", need, texts.of(n.category()), c.attractive(), c.oneDimensional(),
                    c.mustBe(), c.indifferent(), c.reverse(), c.questionable(), figure(n.better()), figure(n.worse()),
                    texts.get(n.fong().significant() ? "cli.analyze.need.significant" : "cli.analyze.need.notSignificant")));
        }
    }

    private void ipa(IpaResult r) {
        out.println();
        out.println(texts.format(r.atDataMeans() ? "cli.analyze.ipa.means" : "cli.analyze.ipa.fixed",
                figure(r.importanceLine()), figure(r.performanceLine())));
        if (r.points().isEmpty()) {
            out.println(INDENT + texts.get("cli.analyze.nothing"));
        }
        for (IpaQuadrant q : IpaQuadrant.values()) {
            String members = r.points().stream().filter(p -> p.quadrant() == q).map(p -> names.touchpoint(p.touchpointId()))
                    .collect(Collectors.joining(texts.get("cli.analyze.listSeparator")));
            if (!members.isEmpty()) {
                out.println(INDENT + texts.format("cli.analyze.quadrant", texts.of(q), members));
            }
        }
    }

    private void ratings(KeyMomentAnalysis a) {
        out.println();
        out.println(texts.get("cli.analyze.ratings"));
        if (a.ratings().isEmpty()) {
            out.println(INDENT + texts.get("cli.analyze.nothing"));
        }
        for (RatingResult r : a.ratings()) {
            String where = r.touchpointId().isEmpty() ? texts.get("cli.analyze.rating.journey") : names.touchpoint(r.touchpointId());
            String survey = texts.format("cli.analyze.rating.survey", r.name(), texts.of(r.kind()), where);
            if (r.answers() == 0) {
                out.println(INDENT + texts.format("cli.analyze.rating.empty", survey));
                continue;
            }
            String key = switch (r.kind()) {
                case NPS -> "cli.analyze.rating.nps";
                case CSAT -> "cli.analyze.rating.csat";
                case GOOD_BAD_REVIEW -> "cli.analyze.rating.review";
            };
            out.println(INDENT + texts.format(key, survey, r.score(), r.high(), r.low(), r.answers()));
        }
    }

    /** A figure with two decimals, or a dash when it is undefined. */
    private String figure(Double value) {
        return value == null ? texts.get("cli.analyze.none") : texts.format("cli.analyze.figure", value);
    }
}
