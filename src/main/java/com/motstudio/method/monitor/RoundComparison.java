package com.motstudio.method.monitor;

import com.motstudio.model.Direction;
import com.motstudio.model.ItemCompliance;
import com.motstudio.model.Kpi;
import com.motstudio.model.KpiSnapshot;
import com.motstudio.model.ReviewRound;
import com.motstudio.model.ScoreSnapshot;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Workshop;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two review rounds side by side: every figure both record, before and after, and whether it
 * improved. Scores and compliance improve upward, KPIs by their direction, bad reviews and overdue
 * follow-ups downward; a change smaller than 0.05 is the same. Compliance per standard and per
 * moment is pooled from the rounds' per-item counts with today's plan.
 */
public final class RoundComparison {
    public enum Kind { SCORE, KPI, COMPLIANCE, STANDARD, MOMENT, ITEM, FEEDBACK, BAD_REVIEWS, OVERDUE }

    /** One figure: {@code subjectId} names the touchpoint, KPI, standard, moment or item ("" for totals). */
    public record Row(Kind kind, String subjectId, Double before, Double after, Verdict verdict) {
        public Double change() {
            return before == null || after == null ? null : after - before;
        }
    }

    private static final double SAME = 0.05;

    private RoundComparison() {}

    public static List<Row> of(Workshop w, ReviewRound before, ReviewRound after) {
        List<Row> rows = new ArrayList<>();
        Map<String, Double> s1 = scores(before), s2 = scores(after);
        Set<String> touchpoints = new LinkedHashSet<>(s1.keySet());
        touchpoints.addAll(s2.keySet());
        touchpoints.forEach(t -> rows.add(row(Kind.SCORE, t, s1.get(t), s2.get(t), true)));
        for (Kpi kpi : w.plan().kpis()) {
            rows.add(row(Kind.KPI, kpi.id(), kpi(before, kpi.id()), kpi(after, kpi.id()),
                    kpi.direction() != Direction.LOWER_IS_BETTER));
        }
        rows.add(row(Kind.COMPLIANCE, "", before.compliancePercent(), after.compliancePercent(), true));
        Map<String, Rate> i1 = rates(before), i2 = rates(after);
        for (ServiceStandard s : w.plan().standards()) {
            rows.add(row(Kind.STANDARD, s.id(), pooled(s, i1), pooled(s, i2), true));
        }
        for (String moment : w.plan().standards().stream().map(ServiceStandard::momentId).distinct().toList()) {
            List<ServiceStandard> of = w.plan().standards().stream().filter(s -> s.momentId().equals(moment)).toList();
            rows.add(row(Kind.MOMENT, moment, pooled(of, i1), pooled(of, i2), true));
        }
        for (ServiceStandard s : w.plan().standards()) {
            s.items().forEach(item -> rows.add(row(Kind.ITEM, item.id(), percent(i1.get(item.id())), percent(i2.get(item.id())), true)));
        }
        rows.add(row(Kind.FEEDBACK, "", (double) before.feedbackCount(), (double) after.feedbackCount(), null));
        rows.add(row(Kind.BAD_REVIEWS, "", (double) before.badReviewCount(), (double) after.badReviewCount(), false));
        rows.add(row(Kind.OVERDUE, "", integer(before.overdueFollowUps()), integer(after.overdueFollowUps()), false));
        return rows;
    }

    /** Improved, worse or the same, given whether higher is better (null: no better direction). */
    static Row row(Kind kind, String id, Double before, Double after, Boolean higherIsBetter) {
        Verdict verdict;
        if (before == null || after == null || higherIsBetter == null) {
            verdict = Verdict.NOT_COMPARABLE;
        } else if (Math.abs(after - before) < SAME) {
            verdict = Verdict.SAME;
        } else {
            verdict = (after > before) == higherIsBetter ? Verdict.IMPROVED : Verdict.WORSE;
        }
        return new Row(kind, id, before, after, verdict);
    }

    private static Map<String, Double> scores(ReviewRound r) {
        return r.scores().stream().collect(Collectors.toMap(ScoreSnapshot::touchpointId, ScoreSnapshot::score, (a, b) -> b,
                java.util.LinkedHashMap::new));
    }

    private static Double kpi(ReviewRound r, String kpiId) {
        return r.kpis().stream().filter(k -> k.kpiId().equals(kpiId)).map(KpiSnapshot::value).findFirst().orElse(null);
    }

    private static Map<String, Rate> rates(ReviewRound r) {
        return r.items().stream().collect(Collectors.toMap(ItemCompliance::itemId,
                i -> new Rate(i.pass(), i.fail(), i.notApplicable()), Rate::plus));
    }

    private static Double pooled(ServiceStandard s, Map<String, Rate> rates) {
        return pooled(List.of(s), rates);
    }

    private static Double pooled(List<ServiceStandard> standards, Map<String, Rate> rates) {
        Rate sum = standards.stream().flatMap(s -> s.items().stream()).map(i -> rates.getOrDefault(i.id(), Rate.NONE))
                .reduce(Rate.NONE, Rate::plus);
        return sum.percent();
    }

    private static Double percent(Rate r) {
        return r == null ? null : r.percent();
    }

    private static Double integer(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}
