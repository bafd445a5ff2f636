package com.motstudio.method.monitor;

import com.motstudio.model.Direction;
import com.motstudio.model.Kpi;
import com.motstudio.model.Measurement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * A KPI's series and where it stands. The expected value on a day is the straight line from the
 * baseline (on the first measurement's day) to the target (on the target date); the latest value is
 * on track when it is at least as good as that, by the KPI's direction. Without a target date, on
 * track means at least as good as the baseline. A target date that passed unmet is off track.
 */
public record KpiStatus(Kpi kpi, List<Measurement> series, KpiState state, Double expected) {
    public static KpiStatus of(Kpi kpi, List<Measurement> all, LocalDate today) {
        List<Measurement> series = all.stream().filter(m -> m.kpiId().equals(kpi.id()) && m.date() != null
                        && !Double.isNaN(m.value()))
                .sorted(Comparator.comparing(Measurement::date)).toList();
        if (series.isEmpty()) {
            return new KpiStatus(kpi, series, KpiState.NO_DATA, null);
        }
        Measurement last = series.getLast();
        if (kpi.target() == null) {
            return new KpiStatus(kpi, series, KpiState.NO_TARGET, null);
        }
        if (atLeastAsGood(kpi.direction(), last.value(), kpi.target())) {
            return new KpiStatus(kpi, series, KpiState.MET, kpi.target());
        }
        if (kpi.targetDate() != null && today.isAfter(kpi.targetDate())) {
            return new KpiStatus(kpi, series, KpiState.OFF_TRACK, kpi.target());
        }
        if (kpi.baseline() == null) {
            return new KpiStatus(kpi, series, KpiState.NO_TARGET, null);
        }
        Double expected = kpi.baseline();
        if (kpi.targetDate() != null) {
            expected = expectedOn(kpi, series.getFirst().date(), last.date());
        }
        KpiState state = atLeastAsGood(kpi.direction(), last.value(), expected) ? KpiState.ON_TRACK : KpiState.OFF_TRACK;
        return new KpiStatus(kpi, series, state, expected);
    }

    /** The value the straight path from baseline (on {@code start}) to target (on the target date) reaches on {@code day}. */
    static double expectedOn(Kpi kpi, LocalDate start, LocalDate day) {
        long span = ChronoUnit.DAYS.between(start, kpi.targetDate());
        if (span <= 0) {
            return kpi.target();
        }
        double share = Math.min(1, Math.max(0, ChronoUnit.DAYS.between(start, day) / (double) span));
        return kpi.baseline() + (kpi.target() - kpi.baseline()) * share;
    }

    static boolean atLeastAsGood(Direction direction, double value, double reference) {
        double eps = 1e-9;
        return direction == Direction.LOWER_IS_BETTER ? value <= reference + eps : value >= reference - eps;
    }

    public Measurement latest() {
        return series.isEmpty() ? null : series.getLast();
    }

    public Double latestValue() {
        return series.isEmpty() ? null : series.getLast().value();
    }
}
