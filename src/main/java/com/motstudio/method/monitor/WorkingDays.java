package com.motstudio.method.monitor;

import com.motstudio.model.Monitoring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * The workshop's working-day calendar: Monday to Friday, less public holidays, plus make-up working
 * days (调休) that fall on a weekend. A make-up day listed as a holiday too counts as a holiday.
 */
public final class WorkingDays {
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    public WorkingDays(Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    public static WorkingDays of(Monitoring monitoring) {
        return new WorkingDays(monitoring.holidays(), monitoring.makeUpWorkdays());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek d = day.getDayOfWeek();
        return makeUpWorkdays.contains(day) || (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY);
    }

    /**
     * The day by which something received on {@code start} is due when {@code days} working days are
     * allowed: the {@code days}-th working day after {@code start} (the day of receipt does not count,
     * as with a letter received at the counter). Zero or fewer days: {@code start} itself.
     */
    public LocalDate plus(LocalDate start, int days) {
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
