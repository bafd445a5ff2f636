package com.motstudio.model;

import java.time.LocalDate;

/** A dated value of a KPI. */
public record Measurement(
        String id,
        String kpiId,
        LocalDate date,
        double value,
        String note) {
    public Measurement {
        note = Values.text(note);
    }
}
