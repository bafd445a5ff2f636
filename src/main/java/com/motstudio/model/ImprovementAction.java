package com.motstudio.model;

import java.time.LocalDate;
import java.util.List;

/** A commitment to improve one or more moments, with an owner, dates and ratings. */
public record ImprovementAction(
        String id,
        String title,
        ActionType type,
        String description,
        List<String> momentIds,
        List<String> kpiIds,
        String ownerPerson,
        String ownerDepartment,
        LocalDate startDate,
        LocalDate dueDate,
        Integer effort,
        Integer impact,
        String costEstimate,
        ActionStatus status) {
    public ImprovementAction {
        title = Values.text(title);
        description = Values.text(description);
        momentIds = Values.list(momentIds);
        kpiIds = Values.list(kpiIds);
        ownerPerson = Values.text(ownerPerson);
        ownerDepartment = Values.text(ownerDepartment);
        costEstimate = Values.text(costEstimate);
        status = Values.or(status, ActionStatus.PLANNED);
    }
}
