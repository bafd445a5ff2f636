package com.motstudio.ui.common;

import com.motstudio.model.CalendarRange;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Dates in a date picker written the way the page's language writes them (the medium style, such
 * as Mar 14, 2026), and read back from that or from the short forms people type: 2026/3/14,
 * 2026-03-14, 3/14/2026. Text that is no date, or a date outside {@link CalendarRange}, leaves the
 * picker's date as it was.
 */
public final class DateText {
    private DateText() {}

    public static void use(DatePicker picker, Locale locale) {
        DateTimeFormatter shown = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<DateTimeFormatter> read = List.of(shown,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale),
                DateTimeFormatter.ofPattern("y/M/d", locale), DateTimeFormatter.ofPattern("y-M-d", locale),
                DateTimeFormatter.ofPattern("y.M.d", locale), DateTimeFormatter.ofPattern("M/d/y", locale));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : shown.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                String typed = text == null ? "" : text.strip();
                if (typed.isEmpty()) {
                    return null;
                }
                for (DateTimeFormatter format : read) {
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
    }
}
