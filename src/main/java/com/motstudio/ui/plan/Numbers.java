package com.motstudio.ui.plan;

import java.math.BigDecimal;
import java.util.Optional;

/** KPI figures as typed and shown: a decimal point or comma, no thousands separators, no trailing zeros. */
final class Numbers {
    private Numbers() {}

    static Optional<Double> parse(String text) {
        String t = text.strip().replace(',', '.').replace('\uFF0E', '.');
        if (!t.matches("-?\\d+(\\.\\d+)?|-?\\.\\d+")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(t));
    }

    static String text(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
