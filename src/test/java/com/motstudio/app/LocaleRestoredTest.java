package com.motstudio.app;

import com.motstudio.store.TextSize;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A test that opens the main window in Chinese leaves the next test the JVM locales it found. */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocaleRestoredTest {
    private static final Locale[] BEFORE = new Locale[3];

    @TempDir
    Path home;

    @BeforeAll
    static void aComputerWithMixedLocales() {
        BEFORE[0] = Locale.getDefault();
        BEFORE[1] = Locale.getDefault(Locale.Category.DISPLAY);
        BEFORE[2] = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.US);
        Locale.setDefault(Locale.Category.DISPLAY, Locale.GERMANY);
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
    }

    @AfterAll
    static void theComputerAsItWas() {
        Locale.setDefault(BEFORE[0]);
        Locale.setDefault(Locale.Category.DISPLAY, BEFORE[1]);
        Locale.setDefault(Locale.Category.FORMAT, BEFORE[2]);
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    @Order(1)
    void theWindowSpeaksChineseThroughTheJvmLocale(FxRobot robot) throws Exception {
        robot.interact(() -> new AppHarness(stage, home, s -> s.withLanguage("zh-CN").withTextSize(TextSize.NORMAL)));
        assertThat(Locale.getDefault(Locale.Category.FORMAT).getLanguage()).isEqualTo("zh");
        assertThat(Locale.getDefault(Locale.Category.DISPLAY).getLanguage()).isEqualTo("zh");
    }

    @Test
    @Order(2)
    void theNextTestFindsTheLocalesAsTheyWere() {
        assertThat(Locale.getDefault()).isEqualTo(Locale.US);
        assertThat(Locale.getDefault(Locale.Category.DISPLAY)).isEqualTo(Locale.GERMANY);
        assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(Locale.UK);
    }
}
