package com.motstudio.ui.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The edits the page makes to the workshop's id-keyed lists, as new immutable lists. */
final class ListEdits {
    private ListEdits() {}

    static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }

    /** The list with the item whose id is {@code id} changed; unchanged when there is none. */
    static <T> List<T> update(List<T> list, Function<T, String> idOf, String id, UnaryOperator<T> change) {
        return list.stream().map(x -> idOf.apply(x).equals(id) ? change.apply(x) : x).toList();
    }

    static <T> List<T> remove(List<T> list, Function<T, String> idOf, String id) {
        return list.stream().filter(x -> !idOf.apply(x).equals(id)).toList();
    }

    /** The list with the item moved {@code delta} places (−1 up, +1 down), kept within the list. */
    static <T> List<T> move(List<T> list, Function<T, String> idOf, String id, int delta) {
        List<T> copy = new ArrayList<>(list);
        for (int i = 0; i < copy.size(); i++) {
            if (idOf.apply(copy.get(i)).equals(id)) {
                int to = Math.clamp(i + (long) delta, 0, copy.size() - 1);
                copy.add(to, copy.remove(i));
                break;
            }
        }
        return List.copyOf(copy);
    }

    static <T> boolean contains(List<T> list, Function<T, String> idOf, String id) {
        return list.stream().anyMatch(x -> idOf.apply(x).equals(id));
    }
}
