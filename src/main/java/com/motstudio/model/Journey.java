package com.motstudio.model;

import java.util.List;

/** The customer journey: stages in order, each with its touchpoints in order. */
public record Journey(
        List<Stage> stages) {
    public Journey {
        stages = Values.list(stages);
    }

    public static Journey empty() {
        return new Journey(List.of());
    }

    /** Every touchpoint in journey order (stage by stage). */
    public List<Touchpoint> touchpoints() {
        return stages.stream().flatMap(s -> s.touchpoints().stream()).toList();
    }
}
