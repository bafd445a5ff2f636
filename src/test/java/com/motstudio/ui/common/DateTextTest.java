package com.motstudio.ui.common;

import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A typed date outside the years a file can hold never reaches the workshop. */
class DateTextTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void yearsBeyondFourDigitsOrBefore1900KeepThePickersDate() throws Exception {
        java.util.concurrent.Callable<DatePicker> make = DatePicker::new;
        DatePicker picker = FxToolkit.setupFixture(make);
        DateText.use(picker, Locale.SIMPLIFIED_CHINESE);
        LocalDate before = LocalDate.of(2026, 12, 6);
        picker.setValue(before);
        assertThat(picker.getConverter().fromString("10000-1-4")).isEqualTo(before);
        assertThat(picker.getConverter().fromString("1899/12/31")).isEqualTo(before);
        assertThat(picker.getConverter().fromString("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(picker.getConverter().fromString("2026/3/14")).isEqualTo(LocalDate.of(2026, 3, 14));
    }
}
