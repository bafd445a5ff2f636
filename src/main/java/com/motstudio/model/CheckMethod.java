package com.motstudio.model;

/** How a service-standard item is checked. */
public enum CheckMethod {
    OBSERVATION,
    RECORD,
    SURVEY
}
