package com.motstudio.report.pdf;

import com.motstudio.model.Kpi;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names a document prints for the ids a workshop links by: touchpoints, their stages, moments and KPIs. */
final class Names {
    private final Map<String, String> touchpoints = new HashMap<>();
    private final Map<String, String> stages = new HashMap<>();
    private final Map<String, MomentOfTruth> moments = new HashMap<>();
    private final Map<String, Kpi> kpis = new HashMap<>();

    Names(Workshop workshop) {
        for (Stage stage : workshop.journey().stages()) {
            for (Touchpoint t : stage.touchpoints()) {
                touchpoints.put(t.id(), t.name());
                stages.put(t.id(), stage.name());
            }
        }
        workshop.keyMoments().moments().forEach(m -> moments.put(m.id(), m));
        workshop.plan().kpis().forEach(k -> kpis.put(k.id(), k));
    }

    String touchpoint(String id) {
        return touchpoints.getOrDefault(id, id);
    }

    String stageOf(String touchpointId) {
        return stages.getOrDefault(touchpointId, "");
    }

    /** The name of a moment of truth: its touchpoint's name. */
    String moment(String momentId) {
        MomentOfTruth m = moments.get(momentId);
        return m == null ? momentId : touchpoint(m.touchpointId());
    }

    String moments(List<String> momentIds) {
        return String.join("\n", momentIds.stream().map(this::moment).toList());
    }

    String kpi(String kpiId) {
        Kpi k = kpis.get(kpiId);
        return k == null ? kpiId : k.name();
    }
}
