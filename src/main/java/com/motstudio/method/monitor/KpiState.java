package com.motstudio.method.monitor;

/** Where a KPI stands against its target. */
public enum KpiState {
    /** The latest value reaches the target. */
    MET,
    /** At least as good as the straight path from baseline to target says it should be by now. */
    ON_TRACK,
    /** Behind that path, or the target date passed without the target met. */
    OFF_TRACK,
    /** No target, or no baseline and no target date to judge progress by. */
    NO_TARGET,
    NO_DATA
}
