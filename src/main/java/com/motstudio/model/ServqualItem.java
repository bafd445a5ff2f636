package com.motstudio.model;

import java.util.List;

/** One SERVQUAL statement, in one dimension, optionally linked to touchpoints. */
public record ServqualItem(
        String id,
        ServqualDimension dimension,
        String text,
        List<String> touchpointIds) {
    public ServqualItem {
        text = Values.text(text);
        touchpointIds = Values.list(touchpointIds);
    }
}
