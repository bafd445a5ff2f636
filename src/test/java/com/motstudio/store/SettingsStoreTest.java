package com.motstudio.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings files written before a preference existed still load, with that preference as it used to behave. */
class SettingsStoreTest {
    @TempDir
    Path config;

    @Test
    void anOlderFileShowsTheGuidanceAndKeepsTheChime() throws IOException {
        Files.writeString(config.resolve("settings.json"), """
                {
                  "language" : "zh-CN",
                  "theme" : "DARK",
                  "textSize" : "LARGE",
                  "autosave" : true,
                  "window" : { "x" : 10.0, "y" : 20.0, "width" : 1000.0, "height" : 700.0, "maximized" : false },
                  "recentFiles" : [ "/home/trainer/hall.mot.json" ]
                }
                """);
        Settings loaded = new SettingsStore(config).load("en");
        assertThat(loaded.language()).isEqualTo("zh-CN");
        assertThat(loaded.textSize()).isEqualTo(TextSize.LARGE);
        assertThat(loaded.guidanceHidden()).isFalse();
        assertThat(loaded.timerMuted()).isFalse();
        assertThat(loaded.recentFiles()).containsExactly("/home/trainer/hall.mot.json");
    }

    @Test
    void hiddenGuidanceAndAMutedTimerAreRemembered() {
        SettingsStore store = new SettingsStore(config);
        assertThat(store.save(Settings.defaults("en").withGuidanceHidden(true).withTimerMuted(true))).isNull();
        Settings loaded = store.load("zh-TW");
        assertThat(loaded.guidanceHidden()).isTrue();
        assertThat(loaded.timerMuted()).isTrue();
        assertThat(loaded.withGuidanceHidden(false).timerMuted()).as("one flag changed, the other kept").isTrue();
    }
}
