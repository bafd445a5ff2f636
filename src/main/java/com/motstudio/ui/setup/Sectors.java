package com.motstudio.ui.setup;

import com.motstudio.text.Texts;
import javafx.util.StringConverter;

import java.util.List;

/**
 * The sectors users usually run workshops for. The workshop stores a stable code ("bank"), shown
 * in the reader's language; a sector that is not offered is stored as the user typed it.
 */
final class Sectors {
    static final List<String> CODES = List.of("government", "bank", "telecom", "hotel", "airline",
            "ecommerce", "restaurant", "hospital", "other");

    private Sectors() {}

    /** Shows a code as its label; text typed that matches a label becomes its code, any other text stays as typed. */
    static StringConverter<String> converter(Texts texts) {
        return new StringConverter<>() {
            @Override
            public String toString(String code) {
                if (code == null) {
                    return "";
                }
                return CODES.contains(code) ? texts.get("setup.sector." + code) : code;
            }

            @Override
            public String fromString(String text) {
                String typed = text == null ? "" : text.strip();
                return CODES.stream()
                        .filter(code -> code.equalsIgnoreCase(typed) || texts.get("setup.sector." + code).equalsIgnoreCase(typed))
                        .findFirst().orElse(typed);
            }
        };
    }
}
