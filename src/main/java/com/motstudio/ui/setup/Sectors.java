package com.motstudio.ui.setup;

import com.motstudio.text.Texts;
import javafx.util.StringConverter;

import java.util.List;

/** The sectors users expect, stored as stable codes and shown in the reader's language. */
final class Sectors {
    static final List<String> CODES = List.of("government", "bank", "telecom", "hotel", "airline",
            "ecommerce", "restaurant", "hospital", "other");

    private Sectors() {}

    /** Shows a code as its label; a typed label becomes its code, any other text stays as typed. */
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
            public String fromString(String label) {
                String typed = label == null ? "" : label.strip();
                return CODES.stream().filter(c -> texts.get("setup.sector." + c).equals(typed)).findFirst().orElse(typed);
            }
        };
    }
}
