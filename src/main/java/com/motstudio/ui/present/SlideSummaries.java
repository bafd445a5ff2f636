package com.motstudio.ui.present;

import com.motstudio.method.KeyMomentAnalysis;
import com.motstudio.method.PeakEnd;
import com.motstudio.method.PeakEndResult;
import com.motstudio.method.monitor.KpiStatus;
import com.motstudio.method.monitor.RoundComparison;
import com.motstudio.method.monitor.Verdict;
import com.motstudio.method.plan.Quadrant;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.CustomerType;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.ReviewRound;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The text alternative of each slide: what its map or chart shows, in a sentence or two, for a screen reader. */
final class SlideSummaries {
    /** How many ranked touchpoints the ranking's sentence names. */
    private static final int RANKED = 5;

    private final Workshop w;
    private final Texts texts;

    SlideSummaries(Workshop w, Texts texts) {
        this.w = w;
        this.texts = texts;
    }

    String overview() {
        return texts.format("present.summary.overview", w.journey().stages().size(), w.journey().touchpoints().size());
    }

    String stage(int index) {
        Stage stage = w.journey().stages().get(index);
        List<String> names = stage.touchpoints().stream().map(Touchpoint::name).toList();
        return texts.format("present.summary.stage", index + 1, stage.name(), names.size(), String.join(", ", names));
    }

    String curves() {
        List<String> sentences = new ArrayList<>();
        for (CustomerType type : w.customerTypes()) {
            Optional<PeakEndResult> found = PeakEnd.of(w.journey(), type.id());
            found.ifPresent(r -> sentences.add(texts.format("present.summary.curve", type.name(), signed(r.peak().score()),
                    name(r.peak().touchpointId()), signed(r.end().score()), name(r.end().touchpointId()), r.remembered())));
        }
        return String.join(" ", sentences);
    }

    String ranking(KeyMomentAnalysis analysis) {
        List<String> items = analysis.ranking().stream().filter(r -> r.score().score() != null).limit(RANKED)
                .map(r -> texts.format("present.summary.rankItem", r.rank(), name(r.touchpointId()), r.score().score()))
                .toList();
        return texts.format("present.summary.ranking", String.join(", ", items));
    }

    String matrix() {
        Map<Quadrant, Integer> counts = new EnumMap<>(Quadrant.class);
        int unrated = 0;
        int all = 0;
        for (ImprovementAction a : w.plan().actions()) {
            if (a.status() == ActionStatus.DROPPED) {
                continue;
            }
            all++;
            if (a.effort() == null || a.impact() == null) {
                unrated++;
            } else {
                counts.merge(Quadrant.of(a.effort(), a.impact()), 1, Integer::sum);
            }
        }
        return texts.format("present.summary.matrix", all, counts.getOrDefault(Quadrant.QUICK_WIN, 0),
                counts.getOrDefault(Quadrant.MAJOR_PROJECT, 0), counts.getOrDefault(Quadrant.FILL_IN, 0),
                counts.getOrDefault(Quadrant.THANKLESS, 0), unrated);
    }

    String rounds() {
        ReviewRound first = w.monitoring().rounds().getFirst();
        ReviewRound last = w.monitoring().rounds().getLast();
        List<RoundComparison.Row> rows = RoundComparison.of(w, first, last);
        long better = rows.stream().filter(r -> r.verdict() == Verdict.IMPROVED).count();
        long worse = rows.stream().filter(r -> r.verdict() == Verdict.WORSE).count();
        return texts.format("present.summary.rounds", last.name(), first.name(), better, worse);
    }

    String kpis(List<KpiStatus> page) {
        List<String> sentences = new ArrayList<>();
        for (KpiStatus s : page) {
            sentences.add(texts.format("present.summary.kpi", s.kpi().name(), s.latestValue(), s.kpi().unit(),
                    s.latest().date().toString(), texts.get("monitor.kpiState." + s.state().name())));
        }
        return String.join(" ", sentences);
    }

    private String name(String touchpointId) {
        return w.journey().touchpoint(touchpointId).map(Touchpoint::name).orElse(touchpointId);
    }

    /** A score with its sign, "+3", "\u22122", as the map writes it. */
    private static String signed(int score) {
        return score > 0 ? "+" + score : score < 0 ? "\u2212" + -score : "0";
    }
}
