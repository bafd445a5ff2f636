package com.motstudio.app;

import com.motstudio.store.Autosaver;
import com.motstudio.store.RecoveryStore;
import com.motstudio.store.WorkshopStore;
import com.motstudio.ui.prefs.PreferencesModel;
import com.motstudio.ui.timer.ActivityTimer;
import com.motstudio.ui.timer.FxTicker;

import java.time.InstantSource;

/** The long-lived services the window is wired with, made once at start (see {@link MotStudioApp}). */
public record AppServices(WorkshopStore store, PreferencesModel preferences, RecoveryStore recovery,
                          Autosaver autosaver, String fontFamily, ActivityTimer timer) {
    /** With the activity timer on the real clock, ticking on the FX thread. */
    public AppServices(WorkshopStore store, PreferencesModel preferences, RecoveryStore recovery, Autosaver autosaver, String fontFamily) {
        this(store, preferences, recovery, autosaver, fontFamily, new ActivityTimer(InstantSource.system(), new FxTicker()));
    }
}
