package com.motstudio.store.csv;

import com.motstudio.model.Channel;
import com.motstudio.model.JourneyPhase;
import com.motstudio.model.MomentCategory;
import com.motstudio.model.TouchpointRole;
import com.motstudio.text.Texts;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every word a touchpoint CSV may use, in English, Simplified and Traditional Chinese at once: the
 * column names and the values of the choice columns. These spellings are part of the file format
 * (docs/csv-import.md): new ones may be added to the bundles, but existing ones must stay.
 */
final class TouchpointWords {
    private final Map<String, TouchpointColumn> columns = new HashMap<>();
    private final Set<String> emotionPrefixes = new HashSet<>();
    final Choices<Channel> channels;
    final Choices<JourneyPhase> phases;
    final Choices<MomentCategory> categories;
    final Choices<TouchpointRole> roles;

    TouchpointWords(List<Texts> languages) {
        for (TouchpointColumn column : TouchpointColumn.values()) {
            for (String key : List.of(column.nameKey, column.alsoKey)) {
                for (String spelling : Spellings.listed(languages, key)) {
                    columns.putIfAbsent(Spellings.word(spelling), column);
                    if (column == TouchpointColumn.EMOTION) {
                        emotionPrefixes.add(Spellings.word(spelling));
                    }
                }
            }
        }
        channels = new Choices<>(Channel.class, "importing.value.Channel.", languages);
        phases = new Choices<>(JourneyPhase.class, "importing.value.JourneyPhase.", languages);
        categories = new Choices<>(MomentCategory.class, "importing.value.MomentCategory.", languages);
        roles = new Choices<>(TouchpointRole.class, "importing.value.TouchpointRole.", languages);
    }

    /** The column a header names, if it names one exactly. */
    Optional<TouchpointColumn> column(String header) {
        return Optional.ofNullable(columns.get(Spellings.word(header)));
    }

    /**
     * The customer type an emotion header names after its prefix and a colon, half- or full-width
     * ("emotion: Citizen"), as written; empty if the header is not of that form.
     */
    Optional<String> emotionTypeName(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFKC);
        int colon = plain.indexOf(':');
        if (colon < 0 || !emotionPrefixes.contains(Spellings.word(plain.substring(0, colon)))) {
            return Optional.empty();
        }
        return Optional.of(plain.substring(colon + 1).strip());
    }
}
