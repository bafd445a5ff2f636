package com.motstudio.ui.common;

import javafx.util.StringConverter;

import java.util.function.Function;

/** Converters for choices that are only shown, never typed: a value's label, "" for null. */
public final class Shown {
    private Shown() {}

    public static <T> StringConverter<T> as(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
