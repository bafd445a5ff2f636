package com.motstudio.model;

/** How often a checklist item passed, failed or did not apply in a round's audits. */
public record ItemCompliance(
        String itemId,
        int pass,
        int fail,
        int notApplicable) {
}
