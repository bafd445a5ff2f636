package com.motstudio.ui.common;

import com.motstudio.model.CalendarRange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as people type it: 2026-03-14 (as MOT Studio writes it), 2026-3-14, 2026/3/14,
 * 2026.3.14, the Chinese 2026 year 3 month 14 day form, 3/14/2026 and 14.3.2026, with ASCII or
 * full-width digits and separators (as a Chinese input method types them). A day that does not
 * exist (February 30) or a year outside {@link CalendarRange} is no date. Pure: no controls.
 */
public final class TypedDate {
    /** The Chinese year, month and day signs, written as escapes: the source holds no CJK text. */
    private static final String YEAR = "\u5e74";
    private static final String MONTH = "\u6708";
    private static final String DAY = "\u65e5";
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{1,9})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile(
            "(\\d{1,9})\\s*" + YEAR + "\\s*(\\d{1,2})\\s*" + MONTH + "\\s*(\\d{1,2})\\s*(?:" + DAY + ")?");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{1,9})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{1,9})");

    private TypedDate() {}

    /** The date typed, or null when the text is empty, no date, a day that does not exist, or outside {@link CalendarRange}. */
    public static LocalDate parse(String text) {
        String typed = halfWidth(text == null ? "" : text).strip();
        Matcher m;
        if ((m = YEAR_FIRST.matcher(typed)).matches()) {
            return date(m.group(1), m.group(3), m.group(4));
        }
        if ((m = CHINESE.matcher(typed)).matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if ((m = MONTH_FIRST.matcher(typed)).matches()) {
            return date(m.group(3), m.group(1), m.group(2));
        }
        if ((m = DAY_FIRST.matcher(typed)).matches()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        return null;
    }

    /** Full-width digits, separators and spaces (U+FF01 to U+FF5E, U+3000) as their ASCII twins. */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uff01' && c <= '\uff5e') {
                out.append((char) (c - 0xfee0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return CalendarRange.holds(date) ? date : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null; // February 30, month 13: no such day
        }
    }
}
