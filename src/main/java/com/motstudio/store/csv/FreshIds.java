package com.motstudio.store.csv;

import com.motstudio.model.Ids;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** New ids that no record of the workshop, nor an earlier one of the same import, has. */
final class FreshIds {
    private final Set<String> taken;

    FreshIds(Collection<String> taken) {
        this.taken = new HashSet<>(taken);
    }

    String next(String prefix) {
        String id = Ids.next(prefix);
        while (!taken.add(id)) {
            id = Ids.next(prefix);
        }
        return id;
    }
}
