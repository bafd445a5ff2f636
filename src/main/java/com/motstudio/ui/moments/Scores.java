package com.motstudio.ui.moments;

import com.motstudio.method.IpaCrossHairs;
import com.motstudio.method.KeyMomentAnalysis;
import com.motstudio.method.TouchpointScore;
import com.motstudio.method.TraitCell;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;

import java.util.HashMap;
import java.util.Map;

/** Every figure of step 2 for one workshop value, computed once, as the page's views show them. */
final class Scores implements ScoringGrid.Summary {
    private final KeyMomentAnalysis analysis;
    private final Map<String, TouchpointScore> byTouchpoint = new HashMap<>();
    private final Texts texts;

    Scores(Workshop w, Texts texts) {
        this.texts = texts;
        this.analysis = KeyMomentAnalysis.of(w, IpaCrossHairs.dataMeans());
        analysis.scores().forEach(s -> byTouchpoint.put(s.touchpointId(), s));
    }

    KeyMomentAnalysis analysis() {
        return analysis;
    }

    TouchpointScore of(String touchpointId) {
        return byTouchpoint.get(touchpointId);
    }

    @Override
    public String text(Touchpoint touchpoint, Trait trait) {
        TraitCell cell = cell(touchpoint, trait);
        return cell == null ? "" : texts.format("moments.cell.mean", cell.mean());
    }

    @Override
    public String details(Touchpoint touchpoint, Trait trait) {
        TraitCell cell = cell(touchpoint, trait);
        return cell == null ? "" : texts.format("moments.cell.meanSpread", cell.mean(), cell.spread(), cell.ratings());
    }

    private TraitCell cell(Touchpoint touchpoint, Trait trait) {
        TouchpointScore score = byTouchpoint.get(touchpoint.id());
        TraitCell cell = score == null ? null : score.cell(trait);
        return cell == null || cell.ratings() == 0 ? null : cell;
    }

    @Override
    public boolean disputed(Touchpoint touchpoint, Trait trait) {
        TouchpointScore score = byTouchpoint.get(touchpoint.id());
        return score != null && score.cell(trait).disputed();
    }

    @Override
    public int dots(Touchpoint touchpoint) {
        return analysis.votes().dotsOn(touchpoint.id());
    }

    /** The score as shown in a table: one decimal, or a dash when nothing is rated. */
    String scoreText(String touchpointId) {
        TouchpointScore score = byTouchpoint.get(touchpointId);
        return score == null || score.score() == null ? texts.get("moments.noScore") : texts.format("moments.score", score.score());
    }

    /** What each rated trait adds, in points ("Emotional impact 12.5 + …"). */
    String breakdown(String touchpointId) {
        TouchpointScore score = byTouchpoint.get(touchpointId);
        if (score == null || score.score() == null) {
            return texts.get("moments.breakdown.none");
        }
        StringBuilder text = new StringBuilder();
        for (TraitCell cell : score.cells()) {
            if (cell.points() != null) {
                text.append(text.isEmpty() ? "" : " + ").append(texts.format("moments.breakdown.part", texts.of(cell.trait()), cell.points()));
            }
        }
        return text.toString();
    }
}
