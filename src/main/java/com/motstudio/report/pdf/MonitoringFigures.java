package com.motstudio.report.pdf;

import com.motstudio.model.Audit;
import com.motstudio.model.AuditOutcome;
import com.motstudio.model.AuditResult;
import com.motstudio.model.Direction;
import com.motstudio.model.Feedback;
import com.motstudio.model.FeedbackScale;
import com.motstudio.model.Kpi;
import com.motstudio.model.Measurement;
import com.motstudio.model.Monitoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The few plain monitoring figures the report prints until step 4's own methods are wired in:
 * a KPI's latest value against its target, the pass share of an audit, whether feedback is a bad review.
 */
final class MonitoringFigures {
    private MonitoringFigures() {}

    /** A KPI's measurements, oldest first. */
    static List<Measurement> series(Monitoring monitoring, String kpiId) {
        return monitoring.measurements().stream().filter(m -> m.kpiId().equals(kpiId))
                .sorted(Comparator.comparing(Measurement::date)).toList();
    }

    static Optional<Measurement> latest(Monitoring monitoring, String kpiId) {
        List<Measurement> series = series(monitoring, kpiId);
        return series.isEmpty() ? Optional.empty() : Optional.of(series.getLast());
    }

    /** Whether a value reaches the KPI's target in its direction; empty without a target. */
    static Optional<Boolean> meetsTarget(Kpi kpi, double value) {
        if (kpi.target() == null) {
            return Optional.empty();
        }
        return Optional.of(kpi.direction() == Direction.HIGHER_IS_BETTER ? value >= kpi.target() : value <= kpi.target());
    }

    /** Passed items / (passed + failed) of an audit, 0…1; empty when nothing was passed or failed. */
    static Optional<Double> passShare(List<AuditResult> results) {
        long pass = results.stream().filter(r -> r.outcome() == AuditOutcome.PASS).count();
        long fail = results.stream().filter(r -> r.outcome() == AuditOutcome.FAIL).count();
        return pass + fail == 0 ? Optional.empty() : Optional.of((double) pass / (pass + fail));
    }

    static Optional<Double> passShare(Audit audit) {
        return passShare(audit.results());
    }

    /** All audits together. */
    static Optional<Double> overallPassShare(Monitoring monitoring) {
        return passShare(monitoring.audits().stream().flatMap(a -> a.results().stream()).toList());
    }

    /** A bad review: the lowest two levels of a five-level scale, 0–6 on 0–10 (detractors). */
    static boolean bad(Feedback feedback) {
        if (feedback.rating() == null || feedback.scale() == null) {
            return false;
        }
        return feedback.scale() == FeedbackScale.ZERO_TO_TEN ? feedback.rating() <= 6 : feedback.rating() <= 2;
    }
}
