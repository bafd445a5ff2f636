package com.motstudio.app;

import com.motstudio.store.Autosaver;
import com.motstudio.store.RecoveryStore;
import com.motstudio.store.WorkshopStore;
import com.motstudio.ui.prefs.PreferencesModel;

/** The long-lived services the window is wired with, made once at start (see {@link MotStudioApp}). */
public record AppServices(WorkshopStore store, PreferencesModel preferences, RecoveryStore recovery,
                          Autosaver autosaver, String fontFamily) {
}
