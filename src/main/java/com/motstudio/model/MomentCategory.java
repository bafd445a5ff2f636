package com.motstudio.model;

/** The kind of moment a touchpoint belongs to. */
public enum MomentCategory {
    PURCHASE_DECISION,
    AFTER_SALES,
    DAILY_USE,
    RELATIONSHIP
}
