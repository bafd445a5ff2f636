package com.motstudio.ui.common;

import com.motstudio.model.CalendarRange;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Dates as MOT Studio writes them in every language, 2026-03-14, and the one way to make a date
 * picker: it shows that form and reads it back, or the other forms people type (2026/3/14,
 * 2026.3.14, 3/14/2026, 14.3.2026). Text that is no date, or a date outside {@link CalendarRange},
 * leaves the picker's date as it was. The popup's month and weekday names come from the JVM's
 * format locale, which the main window sets to the app's language.
 */
public final class DateText {
    /** The form every page writes a date in: year-month-day, as in the file. */
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    private static final List<DateTimeFormatter> READ = List.of(SHOWN,
            DateTimeFormatter.ofPattern("y-M-d", Locale.ROOT), DateTimeFormatter.ofPattern("y/M/d", Locale.ROOT),
            DateTimeFormatter.ofPattern("y.M.d", Locale.ROOT), DateTimeFormatter.ofPattern("M/d/y", Locale.ROOT),
            DateTimeFormatter.ofPattern("d.M.y", Locale.ROOT));

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
                for (DateTimeFormatter format : READ) {
                    try {
                        LocalDate date = LocalDate.parse(typed, format);
                        return CalendarRange.holds(date) ? date : picker.getValue();
                    } catch (DateTimeParseException e) {
                        // not written this way; try the next
                    }
                }
                return picker.getValue();
            }
        });
        return picker;
    }
}
