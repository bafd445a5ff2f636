package com.motstudio.model;

/** An observable behaviour of a service standard with its measurable criterion. */
public record ChecklistItem(
        String id,
        String behaviour,
        String criterion,
        CheckMethod method) {
    public ChecklistItem {
        behaviour = Values.text(behaviour);
        criterion = Values.text(criterion);
        method = Values.or(method, CheckMethod.OBSERVATION);
    }
}
