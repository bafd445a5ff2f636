package com.motstudio.ui.common;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as MOT Studio writes them in every language, 2026-03-14, and the one way to make a date
 * picker: it shows that form and reads it back, or the other forms people type, Chinese ones
 * included ({@link TypedDate}). Text that is no date, a day that does not exist or a date outside
 * the years a file holds leaves the picker's date as it was. The popup's month and weekday names come from the JVM's
 * format locale, which the main window sets to the app's language.
 */
public final class DateText {
    /** The form every page writes a date in: year-month-day, as in the file. */
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

    private DateText() {}

    /** A date, or the empty text for none. */
    public static String of(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /** A date picker that writes and reads dates as above. */
    public static DatePicker picker() {
        DatePicker picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return of(date);
            }

            @Override
            public LocalDate fromString(String text) {
                String typed = text == null ? "" : text.strip();
                if (typed.isEmpty()) {
                    return null;
                }
                LocalDate date = TypedDate.parse(typed);
                return date != null ? date : picker.getValue();
            }
        });
        return picker;
    }
}
