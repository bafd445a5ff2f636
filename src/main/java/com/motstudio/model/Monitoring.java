package com.motstudio.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Step 4 data: measurements, audits, feedback and review rounds, with the calendar a follow-up
 * deadline is counted on: public holidays (not working days) and make-up working days (调休, worked
 * though they fall on a weekend).
 */
public record Monitoring(
        List<Measurement> measurements,
        List<Audit> audits,
        List<Feedback> feedback,
        int followUpWorkingDays,
        List<ReviewRound> rounds,
        List<LocalDate> holidays,
        List<LocalDate> makeUpWorkdays) {
    public static final int DEFAULT_FOLLOW_UP_WORKING_DAYS = 5;

    public Monitoring {
        measurements = Values.list(measurements);
        audits = Values.list(audits);
        feedback = Values.list(feedback);
        rounds = Values.list(rounds);
        holidays = Values.list(holidays);
        makeUpWorkdays = Values.list(makeUpWorkdays);
    }

    /** Step 4 data on a calendar of plain weekdays. */
    public Monitoring(List<Measurement> measurements, List<Audit> audits, List<Feedback> feedback,
                      int followUpWorkingDays, List<ReviewRound> rounds) {
        this(measurements, audits, feedback, followUpWorkingDays, rounds, List.of(), List.of());
    }

    public static Monitoring empty() {
        return new Monitoring(List.of(), List.of(), List.of(), DEFAULT_FOLLOW_UP_WORKING_DAYS, List.of());
    }

    public Monitoring withMeasurements(List<Measurement> value) {
        return new Monitoring(value, audits, feedback, followUpWorkingDays, rounds, holidays, makeUpWorkdays);
    }

    public Monitoring withAudits(List<Audit> value) {
        return new Monitoring(measurements, value, feedback, followUpWorkingDays, rounds, holidays, makeUpWorkdays);
    }

    public Monitoring withFeedback(List<Feedback> value) {
        return new Monitoring(measurements, audits, value, followUpWorkingDays, rounds, holidays, makeUpWorkdays);
    }

    public Monitoring withFollowUpWorkingDays(int value) {
        return new Monitoring(measurements, audits, feedback, value, rounds, holidays, makeUpWorkdays);
    }

    public Monitoring withRounds(List<ReviewRound> value) {
        return new Monitoring(measurements, audits, feedback, followUpWorkingDays, value, holidays, makeUpWorkdays);
    }

    public Monitoring withCalendar(List<LocalDate> holidayDates, List<LocalDate> workdayDates) {
        return new Monitoring(measurements, audits, feedback, followUpWorkingDays, rounds, holidayDates, workdayDates);
    }
}
