package com.motstudio.method.plan;

/**
 * Something the facilitator should look at while planning, and what it is about: a moment, an
 * action or a KPI (by id), or an owner (by name). {@code count} is the owner's number of open
 * actions for {@link Kind#OWNER_OVERLOADED}, otherwise 0.
 */
public record PlanWarning(Kind kind, String subject, int count) {
    /** What is wrong; the name says what {@code subject} is. */
    public enum Kind {
        MOMENT_WITHOUT_STANDARD,
        MOMENT_WITHOUT_ACTION,
        ACTION_WITHOUT_OWNER,
        ACTION_WITHOUT_DUE_DATE,
        ACTION_OVERDUE,
        KPI_WITHOUT_BASELINE,
        KPI_WITHOUT_TARGET,
        OWNER_OVERLOADED;

        /** Whether the subject is a moment id. */
        public boolean aboutMoment() {
            return this == MOMENT_WITHOUT_STANDARD || this == MOMENT_WITHOUT_ACTION;
        }

        public boolean aboutAction() {
            return this == ACTION_WITHOUT_OWNER || this == ACTION_WITHOUT_DUE_DATE || this == ACTION_OVERDUE;
        }

        public boolean aboutKpi() {
            return this == KPI_WITHOUT_BASELINE || this == KPI_WITHOUT_TARGET;
        }
    }

    public static PlanWarning of(Kind kind, String subject) {
        return new PlanWarning(kind, subject, 0);
    }
}
