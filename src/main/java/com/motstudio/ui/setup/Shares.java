package com.motstudio.ui.setup;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Reads and writes the percentages of a customer tier as people type them: "20", "20%", "12.5",
 * full-width digits from a Chinese input method ("８０％"), or nothing for "not known".
 */
final class Shares {
    /** A typed share: its value (null when left empty) or the text key of why it is refused. */
    record Typed(Double value, String problem) {
        boolean refused() {
            return !problem.isEmpty();
        }
    }

    private static final DecimalFormat SHOWN = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private Shares() {}

    static Typed parse(String text) {
        String typed = halfWidth(text == null ? "" : text).strip();
        if (typed.endsWith("%")) {
            typed = typed.substring(0, typed.length() - 1).strip();
        }
        if (typed.isEmpty()) {
            return new Typed(null, "");
        }
        if (!typed.matches("[+-]?\\d+(\\.\\d+)?|[+-]?\\.\\d+")) {
            return new Typed(null, "setup.tiers.notNumber");
        }
        double value = Double.parseDouble(typed);
        if (value < 0 || value > 100) {
            return new Typed(null, "setup.tiers.outOfRange");
        }
        return new Typed(value, "");
    }

    static String show(Double value) {
        return value == null ? "" : SHOWN.format(value);
    }

    /** Full-width digits, point and percent sign (as Chinese input methods type them) as ASCII. */
    private static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．' || c == '。') {
                out.append('.');
            } else if (c == '％') {
                out.append('%');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
