package com.motstudio.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The user's preferences, kept between runs. {@code language} is a tag ("zh-CN", "zh-TW", "en");
 * window bounds are null until the window was first closed. The two flags added later are named so
 * that false, what an older settings file gives, is the old behaviour: guidance shown, timer chime on.
 */
public record Settings(String language, ThemeChoice theme, TextSize textSize, boolean autosave,
                       WindowBounds window, List<String> recentFiles, boolean guidanceHidden, boolean timerMuted) {
    public static final int MAX_RECENT = 10;

    /** Where and how big the main window was. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}

    public Settings {
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
        textSize = textSize == null ? TextSize.NORMAL : textSize;
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
    }

    public static Settings defaults(String language) {
        return new Settings(language, ThemeChoice.SYSTEM, TextSize.NORMAL, true, null, List.of(), false, false);
    }

    public Settings withLanguage(String value) {
        return new Settings(value, theme, textSize, autosave, window, recentFiles, guidanceHidden, timerMuted);
    }

    public Settings withTheme(ThemeChoice value) {
        return new Settings(language, value, textSize, autosave, window, recentFiles, guidanceHidden, timerMuted);
    }

    public Settings withTextSize(TextSize value) {
        return new Settings(language, theme, value, autosave, window, recentFiles, guidanceHidden, timerMuted);
    }

    public Settings withAutosave(boolean value) {
        return new Settings(language, theme, textSize, value, window, recentFiles, guidanceHidden, timerMuted);
    }

    public Settings withWindow(WindowBounds value) {
        return new Settings(language, theme, textSize, autosave, value, recentFiles, guidanceHidden, timerMuted);
    }

    public Settings withGuidanceHidden(boolean value) {
        return new Settings(language, theme, textSize, autosave, window, recentFiles, value, timerMuted);
    }

    public Settings withTimerMuted(boolean value) {
        return new Settings(language, theme, textSize, autosave, window, recentFiles, guidanceHidden, value);
    }

    /** Puts a file first in the recent list (once), keeping at most {@link #MAX_RECENT}. */
    public Settings withRecent(String file) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(file);
        recent.addFirst(file);
        return withRecentFiles(recent.size() > MAX_RECENT ? recent.subList(0, MAX_RECENT) : recent);
    }

    public Settings withRecentFiles(List<String> value) {
        return new Settings(language, theme, textSize, autosave, window, value, guidanceHidden, timerMuted);
    }
}
