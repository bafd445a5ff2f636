package com.motstudio.method.monitor;

/**
 * Audit outcomes counted together. Compliance is passes over passes and failures; items that did
 * not apply are counted but left out of the share. No pass or fail: no compliance (null).
 */
public record Rate(int pass, int fail, int notApplicable) {
    public static final Rate NONE = new Rate(0, 0, 0);

    /** One audit result counted (nothing for a result without an outcome). */
    public static Rate of(com.motstudio.model.AuditOutcome outcome) {
        return outcome == null ? NONE : switch (outcome) {
            case PASS -> new Rate(1, 0, 0);
            case FAIL -> new Rate(0, 1, 0);
            case NOT_APPLICABLE -> new Rate(0, 0, 1);
        };
    }

    /** All results of an audit counted together. */
    public static Rate of(com.motstudio.model.Audit audit) {
        return audit.results().stream().map(r -> of(r.outcome())).reduce(NONE, Rate::plus);
    }

    public Rate plus(Rate other) {
        return new Rate(pass + other.pass, fail + other.fail, notApplicable + other.notApplicable);
    }

    public int checked() {
        return pass + fail;
    }

    /** Compliance in percent (0–100), or null when nothing was checked. */
    public Double percent() {
        return checked() == 0 ? null : 100.0 * pass / checked();
    }
}
