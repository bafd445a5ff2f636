package com.motstudio.method.monitor;

import com.motstudio.model.ReviewRound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The review rounds as periods of time: a closed round covers the days after the previous round
 * closed up to and including its own closing day; the open round is everything after the last.
 * Records without a date belong to the open round.
 */
public final class RoundPeriods {
    /** A period: (after, until]; {@code round} null and {@code until} null for the open round. */
    public record Period(ReviewRound round, LocalDate after, LocalDate until) {
        public boolean contains(LocalDate day) {
            if (day == null) {
                return until == null;
            }
            return (after == null || day.isAfter(after)) && (until == null || !day.isAfter(until));
        }
    }

    private final List<Period> periods = new ArrayList<>();

    public RoundPeriods(List<ReviewRound> rounds) {
        List<ReviewRound> sorted = rounds.stream().filter(r -> r.closedOn() != null)
                .sorted(Comparator.comparing(ReviewRound::closedOn)).toList();
        LocalDate after = null;
        for (ReviewRound r : sorted) {
            periods.add(new Period(r, after, r.closedOn()));
            after = r.closedOn();
        }
        periods.add(new Period(null, after, null));
    }

    /** Closed rounds in date order, then the open round. */
    public List<Period> all() {
        return List.copyOf(periods);
    }

    public Period open() {
        return periods.getLast();
    }

    public Period of(ReviewRound round) {
        return periods.stream().filter(p -> p.round() != null && p.round().id().equals(round.id())).findFirst().orElse(open());
    }

    public <T> List<T> within(Period period, List<T> records, Function<T, LocalDate> date) {
        return records.stream().filter(r -> period.contains(date.apply(r))).toList();
    }
}
