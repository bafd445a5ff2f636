package com.motstudio.model;

/** A priority tier of customers (80/20 rule): rank 1 is served first; shares are percentages. */
public record CustomerTier(
        String id,
        String name,
        int rank,
        Double shareOfCustomers,
        Double shareOfValue,
        String description) {
    public CustomerTier {
        name = Values.text(name);
        description = Values.text(description);
    }
}
