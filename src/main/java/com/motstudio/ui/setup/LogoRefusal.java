package com.motstudio.ui.setup;

import java.util.List;

/** Why a chosen logo was not used: a text key of the setup bundle and the values its sentence names. */
public record LogoRefusal(String key, List<Object> values) {
    public LogoRefusal {
        values = List.copyOf(values);
    }

    LogoRefusal(String key, Object... values) {
        this(key, List.of(values));
    }
}
