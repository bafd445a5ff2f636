package com.motstudio.method.monitor;

/**
 * Audit outcomes counted together. Compliance is passes over passes and failures; items that did
 * not apply are counted but left out of the share. No pass or fail: no compliance (null).
 */
public record Rate(int pass, int fail, int notApplicable) {
    public static final Rate NONE = new Rate(0, 0, 0);

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
