package com.motstudio.ui.timer;

import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.prefs.PreferencesModel;

/** Asks what to time (a page's activity or any length) and starts the countdown; remembers the sound choice. */
public final class TimerChooser {
    private final ActivityTimer timer;
    private final Texts texts;
    private final Dialogs dialogs;
    private final PreferencesModel preferences;

    public TimerChooser(ActivityTimer timer, Texts texts, Dialogs dialogs, PreferencesModel preferences) {
        this.timer = timer;
        this.texts = texts;
        this.dialogs = dialogs;
        this.preferences = preferences;
    }

    /** Offers the activities of the page with guidance key {@code page} first. */
    public void choose(String page) {
        TimerStartForm form = new TimerStartForm(texts, new TimedActivities(texts).of(page), !preferences.get().timerMuted());
        if (dialogs.ask(texts.get("timer.form.title"), form.root(), texts.get("timer.form.start"), form.nothingChosen())) {
            preferences.update(s -> s.withTimerMuted(!form.soundOn()));
            form.chosen().ifPresent(timer::start);
        }
    }
}
