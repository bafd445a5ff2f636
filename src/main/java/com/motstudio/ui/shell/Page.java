package com.motstudio.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The pages of the main window: setup, the four steps, and export. */
public enum Page {
    WORKSHOP("workshop", Feather.SETTINGS),
    JOURNEY("journey", Feather.MAP),
    MOMENTS("moments", Feather.TARGET),
    PLAN("plan", Feather.CLIPBOARD),
    MONITOR("monitor", Feather.ACTIVITY),
    EXPORT("export", Feather.PRINTER);

    private final String key;
    private final Ikon icon;

    Page(String key, Ikon icon) {
        this.key = key;
        this.icon = icon;
    }

    /** The page's name in keys: {@code nav.<key>}, {@code guidance.<key>.*}. */
    public String key() {
        return key;
    }

    public Ikon icon() {
        return icon;
    }
}
