package com.motstudio.model;

/**
 * A broken link inside a workshop: {@code path} is where the reference stands (a field path such as
 * {@code journey.stages[0].touchpoints[2].emotions[0].customerTypeId}), {@code id} the value found.
 * A duplicate id is reported with {@code kind} {@link Kind#DUPLICATE_ID}.
 */
public record ReferenceProblem(Kind kind, String path, String id, String target) {

    /** What is wrong with the reference. */
    public enum Kind { DANGLING, DUPLICATE_ID }
}
