package com.motstudio.ui.journey;

import com.motstudio.method.PeakEndResult;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Journey;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.report.map.JourneyMap;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * The journey map told in words, its text alternative for screen readers: how many stages and
 * touchpoints, and for each emotion curve shown its lowest, highest and last point.
 */
final class MapDescription {
    private MapDescription() {}

    static String of(JourneyMap map, Workshop workshop, List<String> shownTypeIds, String selectedId, Texts texts) {
        Journey journey = workshop.journey();
        List<String> parts = new ArrayList<>();
        parts.add(texts.format("journey.map.describe", journey.stages().size(), journey.touchpoints().size()));
        for (String typeId : shownTypeIds) {
            String type = workshop.customerTypes().stream().filter(t -> t.id().equals(typeId)).map(CustomerType::name).findFirst()
                    .orElse(typeId);
            PeakEndResult curve = map.peakEnd(typeId).orElse(null);
            parts.add(curve == null ? texts.format("journey.map.describe.noCurve", type)
                    : texts.format("journey.map.describe.curve", type, curve.scored(),
                    signed(curve.lowest().score()), name(journey, curve.lowest().touchpointId()),
                    signed(curve.highest().score()), name(journey, curve.highest().touchpointId()),
                    signed(curve.end().score()), name(journey, curve.end().touchpointId())));
        }
        if (selectedId != null) {
            parts.add(texts.format("journey.map.describe.selected", name(journey, selectedId)));
        }
        return String.join(" ", parts);
    }

    /** A score with its sign, as the map writes it: +2, 0, \u22124. */
    static String signed(int score) {
        return score > 0 ? "+" + score : score < 0 ? "\u2212" + (-score) : "0";
    }

    private static String name(Journey journey, String touchpointId) {
        return journey.touchpoints().stream().filter(t -> t.id().equals(touchpointId)).map(Touchpoint::name).findFirst().orElse("");
    }
}
