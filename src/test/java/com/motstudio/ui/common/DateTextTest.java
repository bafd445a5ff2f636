package com.motstudio.ui.common;

import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates written 2026-12-06 in every language; a typed date outside the years a file can hold never reaches the workshop. */
class DateTextTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static DatePicker picker() throws Exception {
        Callable<DatePicker> make = DateText::picker;
        return FxToolkit.setupFixture(make);
    }

    @Test
    void yearsBeyondFourDigitsOrBefore1900KeepThePickersDate() throws Exception {
        DatePicker picker = picker();
        LocalDate before = LocalDate.of(2026, 12, 6);
        picker.setValue(before);
        assertThat(picker.getConverter().fromString("10000-1-4")).isEqualTo(before);
        assertThat(picker.getConverter().fromString("1899/12/31")).isEqualTo(before);
        assertThat(picker.getConverter().fromString("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(picker.getConverter().fromString("no date")).isEqualTo(before);
    }

    @Test
    void aDateIsWrittenYearMonthDayAndReadBackFromTheFormsPeopleType() throws Exception {
        DatePicker picker = picker();
        assertThat(picker.getConverter().toString(LocalDate.of(2026, 3, 4))).isEqualTo("2026-03-04");
        assertThat(DateText.of(LocalDate.of(2026, 12, 31))).isEqualTo("2026-12-31");
        assertThat(DateText.of(null)).isEmpty();
        LocalDate march14 = LocalDate.of(2026, 3, 14);
        for (String typed : new String[] {"2026-03-14", "2026-3-14", "2026/3/14", "2026.3.14", "3/14/2026", "14.3.2026", " 2026-03-14 "}) {
            assertThat(picker.getConverter().fromString(typed)).as(typed).isEqualTo(march14);
        }
        assertThat(picker.getConverter().fromString("")).isNull();
        assertThat(picker.getConverter().fromString("\uff12\uff10\uff12\uff16\u5e743\u670814\u65e5")).isEqualTo(march14);
        picker.setValue(march14);
        assertThat(picker.getConverter().fromString("2026-2-30")).as("no such day: the date stays").isEqualTo(march14);
    }
}
