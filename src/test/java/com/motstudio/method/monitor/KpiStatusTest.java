package com.motstudio.method.monitor;

import com.motstudio.model.Direction;
import com.motstudio.model.Kpi;
import com.motstudio.model.Measurement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Waiting time, lower is better: baseline 30 min, target 15 min by 31 Mar; first measurement
 * 1 Jan. The path: 89 days from 1 Jan to 31 Mar, so on 1 Feb (31 days) it expects
 * 30 − 15 × 31/89 = 24.775 min.
 */
class KpiStatusTest {
    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB1 = LocalDate.of(2026, 2, 1);
    private static final Kpi WAIT = new Kpi("k", "Wait", "min", Direction.LOWER_IS_BETTER, 30.0, 15.0,
            LocalDate.of(2026, 3, 31), "", List.of());

    private static Measurement m(LocalDate day, double value) {
        return new Measurement("m" + day + value, "k", day, value, "");
    }

    @Test
    void onTrackWhenAtOrBelowThePath() {
        KpiStatus s = KpiStatus.of(WAIT, List.of(m(FEB1, 24.0), m(JAN1, 29.0)), FEB1);
        assertThat(s.expected()).isCloseTo(30 - 15 * 31 / 89.0, within(1e-9));
        assertThat(s.state()).isEqualTo(KpiState.ON_TRACK);
        assertThat(s.latestValue()).isEqualTo(24.0);
    }

    @Test
    void offTrackWhenBehindThePath() {
        assertThat(KpiStatus.of(WAIT, List.of(m(JAN1, 29.0), m(FEB1, 25.0)), FEB1).state()).isEqualTo(KpiState.OFF_TRACK);
    }

    @Test
    void metWhenTheTargetIsReached() {
        assertThat(KpiStatus.of(WAIT, List.of(m(JAN1, 29.0), m(FEB1, 15.0)), FEB1).state()).isEqualTo(KpiState.MET);
    }

    @Test
    void offTrackOnceTheTargetDatePassedUnmet() {
        assertThat(KpiStatus.of(WAIT, List.of(m(JAN1, 29.0), m(FEB1, 16.0)), LocalDate.of(2026, 4, 1)).state())
                .isEqualTo(KpiState.OFF_TRACK);
    }

    @Test
    void higherIsBetterWithoutTargetDateComparesWithTheBaseline() {
        Kpi satisfaction = new Kpi("k", "Sat", "%", Direction.HIGHER_IS_BETTER, 80.0, 95.0, null, "", List.of());
        assertThat(KpiStatus.of(satisfaction, List.of(m(JAN1, 82.0)), FEB1).state()).isEqualTo(KpiState.ON_TRACK);
        assertThat(KpiStatus.of(satisfaction, List.of(m(JAN1, 79.0)), FEB1).state()).isEqualTo(KpiState.OFF_TRACK);
    }

    @Test
    void withoutTargetOrDataThereIsNoVerdict() {
        Kpi open = new Kpi("k", "Calls", "", Direction.HIGHER_IS_BETTER, 10.0, null, null, "", List.of());
        assertThat(KpiStatus.of(open, List.of(m(JAN1, 12.0)), FEB1).state()).isEqualTo(KpiState.NO_TARGET);
        assertThat(KpiStatus.of(WAIT, List.of(), FEB1).state()).isEqualTo(KpiState.NO_DATA);
    }
}
