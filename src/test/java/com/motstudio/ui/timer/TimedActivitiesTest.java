package com.motstudio.ui.timer;

import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The guidance's timed activities read the same way in every language. */
class TimedActivitiesTest {
    private static final List<String> PAGES = List.of("workshop", "journey", "moments", "plan", "monitor", "export");

    @Test
    void everyPageHasActivitiesWithTheSameMinutesInEveryLanguage() {
        for (String page : PAGES) {
            List<TimedActivity> english = new TimedActivities(new Texts(Language.ENGLISH)).of(page);
            assertThat(english).as(page).isNotEmpty();
            for (Language language : Language.values()) {
                TimedActivities activities = new TimedActivities(new Texts(language));
                assertThat(activities.of(page)).as("%s in %s", page, language).isEqualTo(english);
                for (TimedActivity activity : activities.of(page)) {
                    assertThat(activities.name(activity)).isNotBlank().doesNotContain("|");
                }
            }
        }
    }

    @Test
    void namesComeFromTheGuidanceAndATypedLengthIsCalledTimer() {
        TimedActivities activities = new TimedActivities(new Texts(Language.ENGLISH));
        assertThat(activities.name(activities.of("journey").get(3))).isEqualTo("Walk the route as a first-time customer");
        assertThat(activities.of("journey").get(3).minutes()).isEqualTo(30);
        assertThat(activities.name(TimedActivity.ofMinutes(7))).isEqualTo("Timer");
        assertThat(new TimedActivities(new Texts(Language.SIMPLIFIED_CHINESE)).name(TimedActivity.ofMinutes(7))).isEqualTo("计时器");
    }

    @Test
    void aPageWithoutGuidanceHasNone() {
        assertThat(new TimedActivities(new Texts(Language.ENGLISH)).of("nowhere")).isEmpty();
    }

    @Test
    void theClockReadsMinutesAndSeconds() {
        assertThat(TimerDisplay.clock(0)).isEqualTo("00:00");
        assertThat(TimerDisplay.clock(599)).isEqualTo("09:59");
        assertThat(TimerDisplay.clock(3725)).isEqualTo("1:02:05");
    }
}
