package com.motstudio.ui.monitor;

import com.motstudio.model.ChecklistItem;
import com.motstudio.model.Kpi;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The names the page shows for the ids step 4 refers to, and how it writes numbers and dates. */
final class MonitorNames {
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

    /** A date as people type it ({@link com.motstudio.ui.common.TypedDate}); null when it is none or does not exist. */
    static LocalDate parseDate(String text) {
        return com.motstudio.ui.common.TypedDate.parse(text);
    }
}
