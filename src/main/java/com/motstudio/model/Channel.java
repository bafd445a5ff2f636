package com.motstudio.model;

/** How a touchpoint reaches the customer. */
public enum Channel {
    PHYSICAL,
    DIGITAL,
    INTERPERSONAL
}
