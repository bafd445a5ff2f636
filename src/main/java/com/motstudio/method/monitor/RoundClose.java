package com.motstudio.method.monitor;

import com.motstudio.method.TouchpointScore;
import com.motstudio.method.TraitScores;
import com.motstudio.model.Feedback;
import com.motstudio.model.Ids;
import com.motstudio.model.KpiSnapshot;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Monitoring;
import com.motstudio.model.ReviewRound;
import com.motstudio.model.ScoreSnapshot;
import com.motstudio.model.Workshop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Closing a review round: what the workshop shows on the closing day. KPIs take their latest value
 * up to that day; compliance and feedback count what is dated inside the round (after the previous
 * round closed); overdue follow-ups count every bad review still open past its deadline that day.
 */
public final class RoundClose {
    private RoundClose() {}

    /** The moments' step-2 scores today, as the starting point of a re-scoring; unscored moments are left out. */
    public static List<ScoreSnapshot> currentScores(Workshop w) {
        Map<String, Double> scores = TraitScores.of(w.journey(), w.keyMoments()).stream()
                .filter(s -> s.score() != null).collect(Collectors.toMap(TouchpointScore::touchpointId, TouchpointScore::score));
        List<ScoreSnapshot> out = new ArrayList<>();
        for (MomentOfTruth m : w.keyMoments().moments()) {
            Double score = scores.get(m.touchpointId());
            if (score != null) {
                out.add(new ScoreSnapshot(m.touchpointId(), score));
            }
        }
        return out;
    }

    /** The round closing on {@code day} with the team's (re-)scores of the moments. */
    public static ReviewRound close(Workshop w, String name, LocalDate day, String notes, List<ScoreSnapshot> scores) {
        Monitoring m = w.monitoring();
        List<ReviewRound> before = m.rounds().stream().filter(r -> r.closedOn() != null && r.closedOn().isBefore(day)).toList();
        RoundPeriods.Period period = new RoundPeriods.Period(null,
                before.stream().map(ReviewRound::closedOn).max(LocalDate::compareTo).orElse(null), day);
        List<KpiSnapshot> kpis = new ArrayList<>();
        for (var kpi : w.plan().kpis()) {
            KpiStatus status = KpiStatus.of(kpi, m.measurements().stream()
                    .filter(x -> x.date() != null && !x.date().isAfter(day)).toList(), day);
            kpis.add(new KpiSnapshot(kpi.id(), status.latestValue()));
        }
        Compliance compliance = new Compliance(w.plan().standards(),
                m.audits().stream().filter(a -> period.contains(a.date()) && a.date() != null).toList());
        List<Feedback> feedback = m.feedback().stream().filter(f -> f.date() != null && period.contains(f.date())).toList();
        FollowUps followUps = new FollowUps(m);
        int overdue = (int) m.feedback().stream().filter(f -> f.date() != null && !f.date().isAfter(day))
                .filter(f -> followUps.isOverdue(f, day)).count();
        return new ReviewRound(Ids.next("rr"), name, day, notes, scores, kpis, compliance.total().percent(),
                feedback.size(), (int) feedback.stream().filter(FollowUps::isBad).count(), compliance.snapshot(), overdue);
    }
}
