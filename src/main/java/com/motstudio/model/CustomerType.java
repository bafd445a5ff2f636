package com.motstudio.model;

/** A kind of customer whose journey and emotions the workshop follows. */
public record CustomerType(
        String id,
        CustomerKind kind,
        String name,
        String description) {
    public CustomerType {
        kind = Values.or(kind, CustomerKind.CUSTOM);
        name = Values.text(name);
        description = Values.text(description);
    }
}
