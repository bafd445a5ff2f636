package com.motstudio.model;

/** A KPI's latest value as recorded when a review round closed. */
public record KpiSnapshot(
        String kpiId,
        Double value) {
}
