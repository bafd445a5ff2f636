package com.motstudio.model;

/** Points (of 100) a respondent gave a SERVQUAL dimension. */
public record DimensionWeight(
        ServqualDimension dimension,
        double points) {
}
