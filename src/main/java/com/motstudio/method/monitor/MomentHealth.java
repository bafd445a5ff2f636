package com.motstudio.method.monitor;

import com.motstudio.model.Audit;
import com.motstudio.model.Feedback;
import com.motstudio.model.Kpi;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Workshop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The health of one moment of truth at a glance: its KPIs (how many met or on track of those that
 * can be judged), compliance with its standards in the latest round that has audits, its bad
 * reviews (open and overdue) and its actions' progress. A moment nothing was measured, audited
 * or said about yet, with nothing overdue, has no health to judge: {@link Level#NO_DATA}.
 */
public record MomentHealth(
        String momentId,
        int kpisGood,
        int kpisJudged,
        Rate compliance,
        int feedback,
        int badReviews,
        int openBadReviews,
        int overdueFollowUps,
        ActionProgress actions) {

    public static List<MomentHealth> of(Workshop w, LocalDate today) {
        RoundPeriods periods = new RoundPeriods(w.monitoring().rounds());
        List<Audit> latest = List.of();
        for (RoundPeriods.Period p : periods.all()) {
            List<Audit> audits = periods.within(p, w.monitoring().audits(), Audit::date);
            if (!audits.isEmpty()) {
                latest = audits;
            }
        }
        Compliance compliance = new Compliance(w.plan().standards(), latest);
        FollowUps followUps = new FollowUps(w.monitoring());
        List<MomentHealth> out = new ArrayList<>();
        for (MomentOfTruth m : w.keyMoments().moments()) {
            int good = 0, judged = 0;
            for (Kpi k : w.plan().kpis()) {
                if (!k.momentIds().contains(m.id())) {
                    continue;
                }
                KpiState state = KpiStatus.of(k, w.monitoring().measurements(), today).state();
                if (state == KpiState.MET || state == KpiState.ON_TRACK || state == KpiState.OFF_TRACK) {
                    judged++;
                    good += state == KpiState.OFF_TRACK ? 0 : 1;
                }
            }
            List<Feedback> bad = followUps.bad().stream().filter(f -> f.momentId().equals(m.id())).toList();
            int said = (int) w.monitoring().feedback().stream().filter(f -> f.momentId().equals(m.id())).count();
            out.add(new MomentHealth(m.id(), good, judged, compliance.moment(m.id()), said, bad.size(),
                    (int) bad.stream().filter(f -> FollowUps.isOpenOn(f, today)).count(),
                    (int) bad.stream().filter(f -> followUps.isOverdue(f, today)).count(),
                    ActionProgress.of(w.plan().actions().stream().filter(a -> a.momentIds().contains(m.id())).toList(), today)));
        }
        return out;
    }

    /** Good when nothing is off track, compliance is at least 90 %, and nothing is overdue; poor when compliance is under 70 % or more than half the KPIs are off track. */
    public Level level() {
        Double p = compliance.percent();
        if (kpisJudged == 0 && p == null && feedback == 0 && overdueFollowUps == 0 && actions.overdue() == 0) {
            return Level.NO_DATA;
        }
        boolean kpisPoor = kpisJudged > 0 && kpisGood * 2 < kpisJudged;
        if ((p != null && p < 70) || kpisPoor) {
            return Level.POOR;
        }
        boolean kpisFine = kpisGood == kpisJudged;
        return kpisFine && (p == null || p >= 90) && overdueFollowUps == 0 && actions.overdue() == 0 ? Level.GOOD : Level.FAIR;
    }

    public enum Level { GOOD, FAIR, POOR, NO_DATA }
}
