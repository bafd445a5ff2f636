package com.motstudio.store;

/** The colour theme the user chose: light, dark, or whatever the OS uses. */
public enum ThemeChoice { LIGHT, DARK, SYSTEM }
