package com.motstudio.model;

import java.time.LocalDate;
import java.util.List;

/** A closed PDCA review round: the state of scores, KPIs, compliance and feedback on that date. */
public record ReviewRound(
        String id,
        String name,
        LocalDate closedOn,
        String notes,
        List<ScoreSnapshot> scores,
        List<KpiSnapshot> kpis,
        Double compliancePercent,
        int feedbackCount,
        int badReviewCount) {
    public ReviewRound {
        name = Values.text(name);
        notes = Values.text(notes);
        scores = Values.list(scores);
        kpis = Values.list(kpis);
    }
}
