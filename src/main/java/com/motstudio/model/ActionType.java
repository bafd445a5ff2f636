package com.motstudio.model;

/** Kinds of improvement action. */
public enum ActionType {
    MICRO_DETAIL,
    MICRO_PROCESS,
    MICRO_SCENE,
    TRAINING,
    INCENTIVE,
    STANDARDIZATION,
    CROSS_DEPARTMENT,
    TECHNOLOGY
}
