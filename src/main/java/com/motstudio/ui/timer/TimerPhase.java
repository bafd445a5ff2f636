package com.motstudio.ui.timer;

/** How urgent the countdown looks: the display changes colour in the last minute and the last ten seconds. */
public enum TimerPhase {
    CALM, LAST_MINUTE, LAST_SECONDS, DONE;

    /** The phase for a countdown showing {@code secondsLeft}; {@code finished} once it reached zero. */
    static TimerPhase of(long secondsLeft, boolean finished) {
        if (finished) {
            return DONE;
        }
        return secondsLeft <= 10 ? LAST_SECONDS : secondsLeft < 60 ? LAST_MINUTE : CALM;
    }

    /** The style class the displays carry in this phase. */
    public String styleClass() {
        return "timer-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
