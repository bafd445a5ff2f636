package com.motstudio.cli;

import com.motstudio.model.CustomerType;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.Participant;
import com.motstudio.model.ParticipantGroup;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;

import java.util.HashMap;
import java.util.Map;

/** The names the analysis output shows beside ids: touchpoints, their stages, customer types, people, needs, items. */
final class AnalysisNames {
    private final Map<String, String> touchpoints = new HashMap<>();
    private final Map<String, String> stages = new HashMap<>();
    private final Map<String, String> others = new HashMap<>();

    AnalysisNames(Workshop workshop) {
        for (Stage stage : workshop.journey().stages()) {
            for (Touchpoint t : stage.touchpoints()) {
                touchpoints.put(t.id(), t.name());
                stages.put(t.id(), stage.name());
            }
        }
        workshop.customerTypes().forEach((CustomerType c) -> others.put(c.id(), c.name()));
        workshop.info().participants().forEach((Participant p) -> others.put(p.id(), p.name()));
        workshop.info().groups().forEach((ParticipantGroup g) -> others.put(g.id(), g.name()));
        workshop.keyMoments().kano().needs().forEach((KanoNeed n) -> others.put(n.id(), n.name()));
        workshop.keyMoments().servqual().items().forEach((ServqualItem i) -> others.put(i.id(), i.text()));
    }

    /** A touchpoint's name; "" for none (the whole journey) or an unknown id. */
    String touchpoint(String id) {
        return touchpoints.getOrDefault(id, "");
    }

    String stageOf(String touchpointId) {
        return stages.getOrDefault(touchpointId, "");
    }

    /** The name of a customer type, participant, group or KANO need, or the text of a SERVQUAL item; "" when unknown. */
    String of(String id) {
        return others.getOrDefault(id, "");
    }
}
