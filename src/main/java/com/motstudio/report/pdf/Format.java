package com.motstudio.report.pdf;

import com.motstudio.text.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How numbers and dates are written in documents: ISO dates (read the same in all three languages), numbers from the bundle. */
final class Format {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private Format() {}

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String number(Texts texts, Double value) {
        return value == null ? texts.get("export.none") : texts.format("export.number", value);
    }

    static String number(Texts texts, double value) {
        return texts.format("export.number", value);
    }
}
