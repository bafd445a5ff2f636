package com.motstudio.model;

import java.time.LocalDate;
import java.util.List;

/** One counter audit against the service standards. */
public record Audit(
        String id,
        LocalDate date,
        String auditor,
        String location,
        String counter,
        List<AuditResult> results) {
    public Audit {
        auditor = Values.text(auditor);
        location = Values.text(location);
        counter = Values.text(counter);
        results = Values.list(results);
    }
}
