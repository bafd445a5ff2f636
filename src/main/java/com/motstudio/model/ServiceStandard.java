package com.motstudio.model;

import java.util.List;

/** The service standard (SOP) for a moment of truth: an ordered checklist that audits test. */
public record ServiceStandard(
        String id,
        String momentId,
        String title,
        List<ChecklistItem> items) {
    public ServiceStandard {
        title = Values.text(title);
        items = Values.list(items);
    }
}
