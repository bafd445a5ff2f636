package com.motstudio.ui.timer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The countdown's rules, on a clock the test moves. */
class ActivityTimerTest {
    private final ManualTime time = new ManualTime();
    private final ActivityTimer timer = new ActivityTimer(time, time);
    private int zeros;

    @BeforeEach
    void countZeros() {
        timer.onZero(() -> zeros++);
    }

    @Test
    void startCountsDownTheActivitysMinutes() {
        timer.start(new TimedActivity("journey", 1, 20));
        assertThat(timer.stateProperty().get()).isEqualTo(ActivityTimer.State.RUNNING);
        assertThat(timer.secondsLeftProperty().get()).isEqualTo(1200);
        assertThat(time.ticking()).isTrue();
        time.passSeconds(61);
        assertThat(timer.secondsLeftProperty().get()).isEqualTo(1139);
        time.pass(Duration.ofMillis(300));
        assertThat(timer.secondsLeftProperty().get()).as("part of a second still shows as a whole one").isEqualTo(1139);
    }

    @Test
    void pauseHoldsTheTimeAndResumeGoesOnFromThere() {
        timer.start(TimedActivity.ofMinutes(5));
        time.passSeconds(100);
        timer.pause();
        assertThat(time.ticking()).isFalse();
        time.passSeconds(1000); // a long coffee break
        assertThat(timer.secondsLeftProperty().get()).isEqualTo(200);
        timer.toggle();
        assertThat(timer.stateProperty().get()).isEqualTo(ActivityTimer.State.RUNNING);
        time.passSeconds(50);
        assertThat(timer.secondsLeftProperty().get()).isEqualTo(150);
    }

    @Test
    void oneMoreMinuteWhileRunningOrPaused() {
        timer.start(TimedActivity.ofMinutes(2));
        time.passSeconds(30);
        timer.addMinute();
        assertThat(timer.secondsLeftProperty().get()).isEqualTo(150);
        timer.pause();
        timer.addMinute();
        assertThat(timer.secondsLeftProperty().get()).isEqualTo(210);
        assertThat(timer.stateProperty().get()).isEqualTo(ActivityTimer.State.PAUSED);
    }

    @Test
    void resetGoesBackToTheFullTimePaused() {
        timer.start(new TimedActivity("plan", 0, 10));
        time.passSeconds(400);
        timer.addMinute();
        timer.reset();
        assertThat(timer.secondsLeftProperty().get()).isEqualTo(600);
        assertThat(timer.stateProperty().get()).isEqualTo(ActivityTimer.State.PAUSED);
        assertThat(time.ticking()).isFalse();
        assertThat(timer.activityProperty().get()).isEqualTo(new TimedActivity("plan", 0, 10));
    }

    @Test
    void theColourPhaseChangesInTheLastMinuteAndTheLastTenSeconds() {
        timer.start(TimedActivity.ofMinutes(2));
        assertThat(timer.phaseProperty().get()).isEqualTo(TimerPhase.CALM);
        time.passSeconds(60);
        assertThat(timer.secondsLeftProperty().get()).isEqualTo(60);
        assertThat(timer.phaseProperty().get()).as("1:00 left").isEqualTo(TimerPhase.CALM);
        time.passSeconds(1);
        assertThat(timer.phaseProperty().get()).as("0:59 left").isEqualTo(TimerPhase.LAST_MINUTE);
        time.passSeconds(48);
        assertThat(timer.secondsLeftProperty().get()).isEqualTo(11);
        assertThat(timer.phaseProperty().get()).isEqualTo(TimerPhase.LAST_MINUTE);
        time.passSeconds(1);
        assertThat(timer.phaseProperty().get()).as("0:10 left").isEqualTo(TimerPhase.LAST_SECONDS);
        time.passSeconds(10);
        assertThat(timer.phaseProperty().get()).isEqualTo(TimerPhase.DONE);
    }

    @Test
    void reachingZeroFiresOnceAndStopsTheTicker() {
        timer.start(TimedActivity.ofMinutes(1));
        time.passSeconds(59);
        assertThat(zeros).isZero();
        time.passSeconds(5); // a late tick: still zero, not minus four
        assertThat(zeros).isEqualTo(1);
        assertThat(timer.secondsLeftProperty().get()).isZero();
        assertThat(timer.stateProperty().get()).isEqualTo(ActivityTimer.State.FINISHED);
        assertThat(time.ticking()).isFalse();
        timer.tick();
        assertThat(zeros).as("no second event for the same zero").isEqualTo(1);
    }

    @Test
    void oneMoreMinuteAfterZeroRunsAgainAndCanReachZeroAgain() {
        timer.start(TimedActivity.ofMinutes(1));
        time.passSeconds(60);
        timer.addMinute();
        assertThat(timer.stateProperty().get()).isEqualTo(ActivityTimer.State.RUNNING);
        assertThat(timer.secondsLeftProperty().get()).isEqualTo(60);
        time.passSeconds(60);
        assertThat(zeros).isEqualTo(2);
    }

    @Test
    void clearPutsItAwayAndPauseOrPlusOneThenDoNothing() {
        timer.start(TimedActivity.ofMinutes(3));
        timer.clear();
        assertThat(timer.stateProperty().get()).isEqualTo(ActivityTimer.State.IDLE);
        assertThat(timer.activityProperty().get()).isNull();
        timer.addMinute();
        timer.pause();
        timer.reset();
        assertThat(timer.stateProperty().get()).isEqualTo(ActivityTimer.State.IDLE);
        assertThat(time.ticking()).isFalse();
    }

    @Test
    void aNewStartReplacesTheRunningActivity() {
        timer.start(new TimedActivity("journey", 0, 15));
        time.passSeconds(300);
        timer.start(new TimedActivity("journey", 3, 30));
        assertThat(timer.secondsLeftProperty().get()).isEqualTo(1800);
        assertThat(timer.activityProperty().get().index()).isEqualTo(3);
    }
}
