package com.motstudio.model;

import java.util.List;
import java.util.Set;
import java.util.EnumSet;
import java.util.Collection;

/** Normalises record components: absent text becomes "", absent lists become empty and immutable. */
final class Values {
    private Values() {}

    static String text(String value) {
        return value == null ? "" : value;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static <E extends Enum<E>> Set<E> enums(Collection<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
