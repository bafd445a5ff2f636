package com.motstudio.model;

import java.util.List;

/** Step 3 data: service standards, improvement actions and KPIs. */
public record Plan(
        List<ServiceStandard> standards,
        List<ImprovementAction> actions,
        List<Kpi> kpis) {
    public Plan {
        standards = Values.list(standards);
        actions = Values.list(actions);
        kpis = Values.list(kpis);
    }

    public static Plan empty() {
        return new Plan(List.of(), List.of(), List.of());
    }
}
