package com.motstudio.method.monitor;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines counted by hand on a calendar of 2026. */
class WorkingDaysTest {
    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void fiveWorkingDaysFromAFridaySkipTheWeekend() {
        // Fri 4 Dec: Mon 7 (1) Tue 8 (2) Wed 9 (3) Thu 10 (4) Fri 11 (5)
        assertThat(new WorkingDays(List.of(), List.of()).plus(d(12, 4), 5)).isEqualTo(d(12, 11));
    }

    @Test
    void aReviewOnASaturdayStartsCountingOnMonday() {
        assertThat(new WorkingDays(List.of(), List.of()).plus(d(12, 5), 1)).isEqualTo(d(12, 7));
    }

    @Test
    void holidaysAreSkippedAndMakeUpDaysCount() {
        // National Day 2026-style: Thu 1 Oct - Wed 7 Oct off, Sat 10 Oct worked.
        List<LocalDate> holidays = List.of(d(10, 1), d(10, 2), d(10, 5), d(10, 6), d(10, 7));
        WorkingDays calendar = new WorkingDays(holidays, List.of(d(10, 10)));
        // Wed 30 Sep + 3: Thu 8 Oct (1) Fri 9 (2) Sat 10 make-up (3)
        assertThat(calendar.plus(d(9, 30), 3)).isEqualTo(d(10, 10));
        assertThat(calendar.isWorkingDay(d(10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(d(10, 5))).isFalse();
        assertThat(calendar.isWorkingDay(d(10, 11))).isFalse();
    }

    @Test
    void aDayThatIsBothHolidayAndMakeUpIsAHoliday() {
        assertThat(new WorkingDays(List.of(d(10, 10)), List.of(d(10, 10))).isWorkingDay(d(10, 10))).isFalse();
    }

    @Test
    void workingDaysBetweenCountTheEndButNotTheStart() {
        WorkingDays calendar = new WorkingDays(List.of(d(12, 9)), List.of());
        // after Fri 4 Dec up to Fri 11: Mon 7, Tue 8, (Wed 9 holiday), Thu 10, Fri 11 = 4
        assertThat(calendar.between(d(12, 4), d(12, 11))).isEqualTo(4);
        assertThat(calendar.between(d(12, 11), d(12, 4))).isZero();
        assertThat(calendar.plus(d(12, 4), 0)).isEqualTo(d(12, 4));
    }
}
