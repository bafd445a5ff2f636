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

    public Touchpoint withId(String value) {
        return new Touchpoint(value, name, description, channel, phase, category, roles, ownerDepartment, customerAction,
                emotions, painPoints, opportunities, evidence);
    }

    public Touchpoint withName(String value) {
        return new Touchpoint(id, value, description, channel, phase, category, roles, ownerDepartment, customerAction,
                emotions, painPoints, opportunities, evidence);
    }

    public Touchpoint withDescription(String value) {
        return new Touchpoint(id, name, value, channel, phase, category, roles, ownerDepartment, customerAction,
                emotions, painPoints, opportunities, evidence);
    }

    public Touchpoint withChannel(Channel value) {
        return new Touchpoint(id, name, description, value, phase, category, roles, ownerDepartment, customerAction,
                emotions, painPoints, opportunities, evidence);
    }

    public Touchpoint withPhase(JourneyPhase value) {
        return new Touchpoint(id, name, description, channel, value, category, roles, ownerDepartment, customerAction,
                emotions, painPoints, opportunities, evidence);
    }

    public Touchpoint withCategory(MomentCategory value) {
        return new Touchpoint(id, name, description, channel, phase, value, roles, ownerDepartment, customerAction,
                emotions, painPoints, opportunities, evidence);
    }

    public Touchpoint withRoles(Set<TouchpointRole> value) {
        return new Touchpoint(id, name, description, channel, phase, category, value, ownerDepartment, customerAction,
                emotions, painPoints, opportunities, evidence);
    }

    public Touchpoint withOwnerDepartment(String value) {
        return new Touchpoint(id, name, description, channel, phase, category, roles, value, customerAction,
                emotions, painPoints, opportunities, evidence);
    }

    public Touchpoint withCustomerAction(String value) {
        return new Touchpoint(id, name, description, channel, phase, category, roles, ownerDepartment, value,
                emotions, painPoints, opportunities, evidence);
    }

    public Touchpoint withPainPoints(List<String> value) {
        return new Touchpoint(id, name, description, channel, phase, category, roles, ownerDepartment, customerAction,
                emotions, value, opportunities, evidence);
    }

    public Touchpoint withOpportunities(List<String> value) {
        return new Touchpoint(id, name, description, channel, phase, category, roles, ownerDepartment, customerAction,
                emotions, painPoints, value, evidence);
    }

    public Touchpoint withEvidence(String value) {
        return new Touchpoint(id, name, description, channel, phase, category, roles, ownerDepartment, customerAction,
                emotions, painPoints, opportunities, value);
    }

    /**
     * The touchpoint with a customer type's emotion set (clamped to −5…+5), or removed when
     * {@code score} is null; the scores keep their order, a new one goes last.
     */
    public Touchpoint withEmotion(String customerTypeId, Integer score) {
        List<EmotionScore> next = new java.util.ArrayList<>(emotions);
        int at = -1;
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).customerTypeId().equals(customerTypeId)) {
                at = i;
            }
        }
        if (score == null) {
            if (at >= 0) {
                next.remove(at);
            }
        } else {
            EmotionScore value = new EmotionScore(customerTypeId, Math.clamp(score, EmotionScore.MIN, EmotionScore.MAX));
            if (at >= 0) {
                next.set(at, value);
            } else {
                next.add(value);
            }
        }
        return new Touchpoint(id, name, description, channel, phase, category, roles, ownerDepartment, customerAction,
                next, painPoints, opportunities, evidence);
    }

    /** The emotion score of a customer type, if one was given. */
    public Optional<Integer> emotionOf(String customerTypeId) {
        return emotions.stream().filter(e -> e.customerTypeId().equals(customerTypeId))
                .map(EmotionScore::score).findFirst();
    }
}
