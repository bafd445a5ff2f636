package com.motstudio.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A closed PDCA review round: the state of scores, KPIs, compliance and feedback on that date. The
 * round covers what is dated after the previous round closed, up to and including its own date.
 */
public record ReviewRound(
        String id,
        String name,
        LocalDate closedOn,
        String notes,
        List<ScoreSnapshot> scores,
        List<KpiSnapshot> kpis,
        Double compliancePercent,
        int feedbackCount,
        int badReviewCount,
        List<ItemCompliance> items,
        Integer overdueFollowUps) {
    public ReviewRound {
        name = Values.text(name);
        notes = Values.text(notes);
        scores = Values.list(scores);
        kpis = Values.list(kpis);
        items = Values.list(items);
    }

    /** A round recorded before per-item compliance and overdue follow-ups were kept. */
    public ReviewRound(String id, String name, LocalDate closedOn, String notes, List<ScoreSnapshot> scores,
                       List<KpiSnapshot> kpis, Double compliancePercent, int feedbackCount, int badReviewCount) {
        this(id, name, closedOn, notes, scores, kpis, compliancePercent, feedbackCount, badReviewCount, List.of(), null);
    }
}
