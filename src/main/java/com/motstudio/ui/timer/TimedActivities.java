package com.motstudio.ui.timer;

import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * The timed activities of a page's guidance, read from {@code guidance.<page>.timed}: one per line,
 * {@code minutes|name}. A line that does not read that way is left out rather than shown wrong.
 */
public final class TimedActivities {
    private final Texts texts;

    public TimedActivities(Texts texts) {
        this.texts = texts;
    }

    /** The page's activities in the order the guidance runs them; empty for a page without any. */
    public List<TimedActivity> of(String page) {
        List<TimedActivity> activities = new ArrayList<>();
        List<String> lines = lines(page);
        for (int i = 0; i < lines.size(); i++) {
            int minutes = minutes(lines.get(i));
            if (minutes > 0) {
                activities.add(new TimedActivity(page, i, minutes));
            }
        }
        return activities;
    }

    /** The activity's name in this language: the guidance's words, its own name, or "Timer" for a typed length. */
    public String name(TimedActivity activity) {
        if (activity.nameKey() != null && texts.has(activity.nameKey())) {
            return texts.get(activity.nameKey());
        }
        if (activity.isCustom()) {
            return texts.get("timer.custom");
        }
        List<String> lines = lines(activity.page());
        if (activity.index() >= lines.size()) {
            return texts.get("timer.custom");
        }
        String line = lines.get(activity.index());
        return line.substring(line.indexOf('|') + 1).strip();
    }

    private List<String> lines(String page) {
        String key = "guidance." + page + "." + "timed";
        return texts.has(key) ? List.of(texts.get(key).split("\n")) : List.of();
    }

    private static int minutes(String line) {
        int bar = line.indexOf('|');
        try {
            int minutes = bar < 0 ? 0 : Integer.parseInt(line.substring(0, bar).strip());
            return minutes >= 1 && minutes <= TimedActivity.MAX_MINUTES ? minutes : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
