package com.motstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The customer journey: stages in order, each with its touchpoints in order. The editing methods
 * return a new journey and leave every stage they do not touch as the same object, which is what
 * lets a save reprint and the map re-lay only what changed.
 */
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

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /** The stage holding a touchpoint. */
    public Optional<Stage> stageOf(String touchpointId) {
        return stages.stream().filter(s -> s.touchpoints().stream().anyMatch(t -> t.id().equals(touchpointId))).findFirst();
    }

    public Optional<Touchpoint> touchpoint(String touchpointId) {
        return stageOf(touchpointId).flatMap(s -> s.touchpoints().stream().filter(t -> t.id().equals(touchpointId)).findFirst());
    }

    /** Inserts a stage at {@code index} (clamped; past the end appends). */
    public Journey withStageAt(int index, Stage stage) {
        List<Stage> next = new ArrayList<>(stages);
        next.add(Math.clamp(index, 0, next.size()), stage);
        return new Journey(next);
    }

    public Journey withStageChanged(String stageId, UnaryOperator<Stage> change) {
        return new Journey(stages.stream().map(s -> s.id().equals(stageId) ? change.apply(s) : s).toList());
    }

    public Journey withoutStage(String stageId) {
        return new Journey(stages.stream().filter(s -> !s.id().equals(stageId)).toList());
    }

    /** Moves a stage to {@code index} (clamped). */
    public Journey withStageMoved(String stageId, int index) {
        Optional<Stage> moving = stage(stageId);
        if (moving.isEmpty()) {
            return this;
        }
        return withoutStage(stageId).withStageAt(index, moving.get());
    }

    /** Inserts a touchpoint into a stage at {@code index} (clamped); unchanged when there is no such stage. */
    public Journey withTouchpointAt(String stageId, int index, Touchpoint touchpoint) {
        return withStageChanged(stageId, s -> {
            List<Touchpoint> next = new ArrayList<>(s.touchpoints());
            next.add(Math.clamp(index, 0, next.size()), touchpoint);
            return s.withTouchpoints(next);
        });
    }

    public Journey withTouchpointChanged(String touchpointId, UnaryOperator<Touchpoint> change) {
        return stageOf(touchpointId).map(stage -> withStageChanged(stage.id(), s -> s.withTouchpoints(
                s.touchpoints().stream().map(t -> t.id().equals(touchpointId) ? change.apply(t) : t).toList())))
                .orElse(this);
    }

    public Journey withoutTouchpoint(String touchpointId) {
        return stageOf(touchpointId).map(stage -> withStageChanged(stage.id(), s -> s.withTouchpoints(
                s.touchpoints().stream().filter(t -> !t.id().equals(touchpointId)).toList())))
                .orElse(this);
    }

    /** Moves a touchpoint to {@code index} (clamped) of a stage, which may be its own or another. */
    public Journey withTouchpointMoved(String touchpointId, String toStageId, int index) {
        Optional<Touchpoint> moving = touchpoint(touchpointId);
        if (moving.isEmpty() || stage(toStageId).isEmpty()) {
            return this;
        }
        return withoutTouchpoint(touchpointId).withTouchpointAt(toStageId, index, moving.get());
    }
}
