package com.motstudio.model;

import java.util.List;

/** Step 4 data: measurements, audits, feedback and review rounds. */
public record Monitoring(
        List<Measurement> measurements,
        List<Audit> audits,
        List<Feedback> feedback,
        int followUpWorkingDays,
        List<ReviewRound> rounds) {
    public static final int DEFAULT_FOLLOW_UP_WORKING_DAYS = 5;

    public Monitoring {
        measurements = Values.list(measurements);
        audits = Values.list(audits);
        feedback = Values.list(feedback);
        rounds = Values.list(rounds);
    }

    public static Monitoring empty() {
        return new Monitoring(List.of(), List.of(), List.of(), DEFAULT_FOLLOW_UP_WORKING_DAYS, List.of());
    }
}
