package com.motstudio.ui.timer;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Ticks four times a second on the FX thread: the shown second changes at most a quarter second late. */
public final class FxTicker implements Ticker {
    private Timeline timeline;

    @Override
    public void start(Runnable tick) {
        stop();
        timeline = new Timeline(new KeyFrame(Duration.millis(250), e -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
