package com.motstudio.model;

/** Who a customer type is: the field teaches that colleagues are customers too. */
public enum CustomerKind {
    EXTERNAL,
    INTERNAL,
    PARTNER_DEPARTMENT,
    CUSTOM
}
