package com.motstudio.store.csv;

import com.motstudio.text.Texts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words a choice column (channel, phase, category, role) accepts for each value: the constant's
 * name ({@code PHYSICAL}), the spellings the {@code importing} bundles list in all three languages,
 * and the labels the app shows, when it has them. Listed spellings come first, so a relabelled
 * screen never changes what an old file means.
 */
final class Choices<E extends Enum<E>> {
    private final Map<String, E> byWord = new HashMap<>();

    /** {@code keyPrefix} plus a constant's name is the key listing its spellings. */
    Choices(Class<E> type, String keyPrefix, List<Texts> all) {
        for (E value : type.getEnumConstants()) {
            byWord.putIfAbsent(Spellings.word(value.name()), value);
            for (String spelling : Spellings.listed(all, keyPrefix + value.name())) {
                byWord.putIfAbsent(Spellings.word(spelling), value);
            }
        }
        for (E value : type.getEnumConstants()) {
            String label = "enum." + type.getSimpleName() + "." + value.name();
            for (Texts texts : all) {
                if (texts.has(label)) {
                    byWord.putIfAbsent(Spellings.word(texts.get(label)), value);
                }
            }
        }
    }

    /** The value a cell names, if it names one. */
    Optional<E> find(String cell) {
        return Optional.ofNullable(byWord.get(Spellings.word(cell)));
    }
}
