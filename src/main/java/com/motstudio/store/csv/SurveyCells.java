package com.motstudio.store.csv;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** How the survey imports read numbers and names from cells, the way the touchpoint import reads emotions. */
final class SurveyCells {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,10}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]{1,9}([.][0-9]{0,6})?|[.][0-9]{1,6})");
    /** Dashes people type for a minus sign; full-width ones become "-" by NFKC already. */
    private static final Pattern MINUS = Pattern.compile("[\u2212\u2012\u2013\u2014]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SurveyCells() {}

    /** A whole number as written: "5", "+3", full-width "５", "−2"; empty if the cell holds anything else. */
    static Optional<Long> wholeNumber(String cell) {
        String number = plain(cell);
        return WHOLE_NUMBER.matcher(number).matches() ? Optional.of(Long.parseLong(number)) : Optional.empty();
    }

    /** A number that may have a decimal point: "30", "33.3", full-width "３０". */
    static OptionalDouble decimal(String cell) {
        String number = plain(cell);
        return DECIMAL.matcher(number).matches() ? OptionalDouble.of(Double.parseDouble(number)) : OptionalDouble.empty();
    }

    /** A name (of a respondent, a survey) as kept: one line, runs of spaces as one. */
    static String name(String cell) {
        return SPACES.matcher(cell.strip()).replaceAll(" ");
    }

    /** A number of points as a message shows it: "95", "99.5". */
    static String points(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    private static String plain(String cell) {
        String normal = Spellings.plain(cell);
        return normal == cell ? cell.strip() : MINUS.matcher(normal).replaceAll("-").strip(); // no dash in ASCII
    }
}
