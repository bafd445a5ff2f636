package com.motstudio.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One contact between the customer and the organisation, inside a stage of the journey. */
public record Touchpoint(
        String id,
        String name,
        String description,
        Channel channel,
        JourneyPhase phase,
        MomentCategory category,
        Set<TouchpointRole> roles,
        String ownerDepartment,
        String customerAction,
        List<EmotionScore> emotions,
        List<String> painPoints,
        List<String> opportunities,
        String evidence) {
    public Touchpoint {
        name = Values.text(name);
        description = Values.text(description);
        roles = Values.enums(roles, TouchpointRole.class);
        ownerDepartment = Values.text(ownerDepartment);
        customerAction = Values.text(customerAction);
        emotions = Values.list(emotions);
        painPoints = Values.list(painPoints);
        opportunities = Values.list(opportunities);
        evidence = Values.text(evidence);
    }

    public static Touchpoint named(String id, String name) {
        return new Touchpoint(id, name, "", null, null, null, Set.of(), "", "", List.of(), List.of(), List.of(), "");
    }

    /** The emotion score of a customer type, if one was given. */
    public Optional<Integer> emotionOf(String customerTypeId) {
        return emotions.stream().filter(e -> e.customerTypeId().equals(customerTypeId))
                .map(EmotionScore::score).findFirst();
    }
}
