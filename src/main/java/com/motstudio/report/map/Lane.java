package com.motstudio.report.map;

/** The rows of the journey map, top to bottom; each is as tall as its tallest stage needs. */
public enum Lane {
    STAGES("map.lane.stages"),
    ACTIONS("map.lane.actions"),
    TOUCHPOINTS("map.lane.touchpoints"),
    EMOTIONS("map.lane.emotions"),
    PAIN_POINTS("map.lane.painPoints"),
    OPPORTUNITIES("map.lane.opportunities");

    private final String titleKey;

    Lane(String titleKey) {
        this.titleKey = titleKey;
    }

    /** The text key of the lane's title. */
    public String titleKey() {
        return titleKey;
    }
}
