package com.motstudio.ui.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates read as Chinese (and other) users type them; days that do not exist are no dates. */
class TypedDateTest {
    private static final LocalDate MARCH_14 = LocalDate.of(2026, 3, 14);

    @Test
    void theFormsPeopleTypeAreRead() {
        for (String typed : new String[] {"2026-03-14", "2026-3-14", "2026/3/14", "2026.3.14", " 2026-03-14 ",
                "2026\u5e743\u670814\u65e5", "2026\u5e7403\u670814\u65e5", "2026 \u5e74 3 \u6708 14 \u65e5", "2026\u5e743\u670814",
                "3/14/2026", "14.3.2026"}) {
            assertThat(TypedDate.parse(typed)).as(typed).isEqualTo(MARCH_14);
        }
    }

    @Test
    void fullWidthDigitsAndSeparatorsFromAChineseInputMethodAreRead() {
        assertThat(TypedDate.parse("\uff12\uff10\uff12\uff16\u5e74\uff13\u6708\uff11\uff14\u65e5")).isEqualTo(MARCH_14);
        assertThat(TypedDate.parse("\uff12\uff10\uff12\uff16\uff0f\uff13\uff0f\uff11\uff14")).isEqualTo(MARCH_14);
        assertThat(TypedDate.parse("\uff12\uff10\uff12\uff16\uff0d\uff10\uff13\uff0d\uff11\uff14")).isEqualTo(MARCH_14);
        assertThat(TypedDate.parse("\uff12\uff10\uff12\uff16\uff0e\uff13\uff0e\uff11\uff14")).isEqualTo(MARCH_14);
        assertThat(TypedDate.parse("\u30002026-3-14\u3000")).isEqualTo(MARCH_14);
    }

    @Test
    void daysThatDoNotExistAndYearsAFileCannotHoldAreNoDates() {
        for (String typed : new String[] {"2026-2-30", "2026\u5e742\u670830\u65e5", "2026/13/1", "2026.4.31", "2025-2-29",
                "10000-1-4", "1899/12/31", "26-3-14", "2026-3/14", "2026\u5e743\u6708", "next Friday", "", "2026-03-14x", "99999999999-1-1"}) {
            assertThat(TypedDate.parse(typed)).as(typed).isNull();
        }
        assertThat(TypedDate.parse(null)).isNull();
        assertThat(TypedDate.parse("2028-2-29")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(TypedDate.parse("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    }
}
