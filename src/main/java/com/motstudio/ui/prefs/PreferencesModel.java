package com.motstudio.ui.prefs;

import com.motstudio.store.Settings;
import com.motstudio.store.SettingsStore;
import com.motstudio.text.Language;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.function.UnaryOperator;

/** The user's settings as an observable value; every change is stored at once. */
public final class PreferencesModel {
    private final ObjectProperty<Settings> settings;
    private final SettingsStore store;

    public PreferencesModel(Settings initial, SettingsStore store) {
        this.settings = new SimpleObjectProperty<>(initial);
        this.store = store;
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public Settings get() {
        return settings.get();
    }

    public Language language() {
        return Language.fromTag(settings.get().language());
    }

    public void update(UnaryOperator<Settings> change) {
        Settings next = change.apply(settings.get());
        if (!next.equals(settings.get())) {
            settings.set(next);
            store.save(next);
        }
    }
}
