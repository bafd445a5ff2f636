package com.motstudio.ui.monitor;

import com.motstudio.model.CalendarRange;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.Kpi;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names the page shows for the ids step 4 refers to, and how it writes numbers and dates. */
final class MonitorNames {
    private static final List<DateTimeFormatter> READ = List.of(DateTimeFormatter.ofPattern("y-M-d"),
            DateTimeFormatter.ofPattern("y/M/d"), DateTimeFormatter.ofPattern("y.M.d"));
    private final Map<String, String> names = new HashMap<>();
    private final Texts texts;

    MonitorNames(Workshop w, Texts texts) {
        this.texts = texts;
        Map<String, String> touchpoints = new HashMap<>();
        for (Touchpoint t : w.journey().touchpoints()) {
            touchpoints.put(t.id(), t.name());
            names.put(t.id(), t.name());
        }
        for (MomentOfTruth m : w.keyMoments().moments()) {
            names.put(m.id(), touchpoints.getOrDefault(m.touchpointId(), m.id()));
        }
        for (ServiceStandard s : w.plan().standards()) {
            names.put(s.id(), s.title());
            for (ChecklistItem i : s.items()) {
                names.put(i.id(), i.behaviour());
            }
        }
        for (Kpi k : w.plan().kpis()) {
            names.put(k.id(), k.name());
        }
    }

    /** The name of a moment, touchpoint, standard, checklist item or KPI; the id itself when unknown. */
    String of(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        return names.getOrDefault(id, id);
    }

    String percent(Double value) {
        return value == null ? texts.get("monitor.none") : texts.format("monitor.percent", value);
    }

    String number(Double value) {
        return value == null ? texts.get("monitor.none") : texts.format("monitor.number", value);
    }

    static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** A date typed as 2026-12-01, 2026/12/1 or 2026.12.1; null when it is none of them or outside {@link CalendarRange}. */
    static LocalDate parseDate(String text) {
        String typed = text == null ? "" : text.strip();
        for (DateTimeFormatter f : READ) {
            try {
                LocalDate date = LocalDate.parse(typed, f);
                return CalendarRange.holds(date) ? date : null;
            } catch (DateTimeParseException e) {
                // not written this way
            }
        }
        return null;
    }
}
