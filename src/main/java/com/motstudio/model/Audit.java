package com.motstudio.model;

import java.time.LocalDate;
import java.util.List;

/** One counter audit against the service standards of the moments it covers (none listed: all). */
public record Audit(
        String id,
        LocalDate date,
        String auditor,
        String location,
        String counter,
        List<AuditResult> results,
        List<String> momentIds) {
    public Audit {
        auditor = Values.text(auditor);
        location = Values.text(location);
        counter = Values.text(counter);
        results = Values.list(results);
        momentIds = Values.list(momentIds);
    }

    /** An audit of every moment's standards. */
    public Audit(String id, LocalDate date, String auditor, String location, String counter, List<AuditResult> results) {
        this(id, date, auditor, location, counter, results, List.of());
    }

    public Audit withResults(List<AuditResult> value) {
        return new Audit(id, date, auditor, location, counter, value, momentIds);
    }
}
