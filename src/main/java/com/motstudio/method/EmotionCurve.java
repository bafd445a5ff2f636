package com.motstudio.method;

import com.motstudio.model.CustomerType;
import com.motstudio.model.Journey;

import java.util.ArrayList;
import java.util.List;

/** What the peak-end rule reads from one customer type's emotion curve over the journey. */
public record EmotionCurve(
        String customerTypeId,
        PeakEndResult peakEnd) {

    /** The curves of the customer types that have at least one emotion score, in the workshop's order. */
    public static List<EmotionCurve> of(Journey journey, List<CustomerType> customerTypes) {
        List<EmotionCurve> curves = new ArrayList<>();
        for (CustomerType type : customerTypes) {
            PeakEnd.of(journey, type.id()).ifPresent(result -> curves.add(new EmotionCurve(type.id(), result)));
        }
        return curves;
    }
}
