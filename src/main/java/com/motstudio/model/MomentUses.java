package com.motstudio.model;

import java.util.stream.Stream;

/**
 * How much of the plan and the monitoring refers to a moment of truth: service standards,
 * actions, KPIs and feedback. A moment that is referred to stays a moment, or those references
 * would dangle.
 */
public final class MomentUses {
    private MomentUses() {}

    public static long count(Workshop w, String momentId) {
        Plan plan = w.plan();
        return Stream.of(
                plan.standards().stream().map(ServiceStandard::momentId),
                plan.actions().stream().flatMap(a -> a.momentIds().stream()),
                plan.kpis().stream().flatMap(k -> k.momentIds().stream()),
                w.monitoring().feedback().stream().map(Feedback::momentId))
                .flatMap(s -> s)
                .filter(momentId::equals)
                .count();
    }
}
