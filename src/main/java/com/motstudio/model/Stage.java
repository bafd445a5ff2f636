package com.motstudio.model;

import java.util.List;

/** An ordered column of the journey map holding its touchpoints in order. */
public record Stage(
        String id,
        String name,
        String description,
        List<Touchpoint> touchpoints) {
    public Stage {
        name = Values.text(name);
        description = Values.text(description);
        touchpoints = Values.list(touchpoints);
    }

    public Stage withName(String value) {
        return new Stage(id, value, description, touchpoints);
    }

    public Stage withDescription(String value) {
        return new Stage(id, name, value, touchpoints);
    }

    public Stage withTouchpoints(List<Touchpoint> value) {
        return new Stage(id, name, description, value);
    }
}
