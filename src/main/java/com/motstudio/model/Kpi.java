package com.motstudio.model;

import java.time.LocalDate;
import java.util.List;

/** A key performance indicator with baseline and target, linked to moments. */
public record Kpi(
        String id,
        String name,
        String unit,
        Direction direction,
        Double baseline,
        Double target,
        LocalDate targetDate,
        String dataSource,
        List<String> momentIds) {
    public Kpi {
        name = Values.text(name);
        unit = Values.text(unit);
        direction = Values.or(direction, Direction.HIGHER_IS_BETTER);
        dataSource = Values.text(dataSource);
        momentIds = Values.list(momentIds);
    }
}
