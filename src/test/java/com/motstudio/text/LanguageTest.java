package com.motstudio.text;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {
    @Test
    void theOsLocalePicksTheLanguage() {
        assertThat(Language.fromLocale(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.fromLocale(Locale.of("zh", "SG"))).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.fromLocale(Locale.TRADITIONAL_CHINESE)).isEqualTo(Language.TRADITIONAL_CHINESE);
        assertThat(Language.fromLocale(Locale.of("zh", "HK"))).isEqualTo(Language.TRADITIONAL_CHINESE);
        assertThat(Language.fromLocale(Locale.forLanguageTag("zh-Hant"))).isEqualTo(Language.TRADITIONAL_CHINESE);
        assertThat(Language.fromLocale(Locale.GERMANY)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void tagsRoundTrip() {
        for (Language language : Language.values()) {
            assertThat(Language.fromTag(language.tag())).isEqualTo(language);
        }
        assertThat(Language.fromTag("fr")).isEqualTo(Language.ENGLISH);
    }

    @Test
    void textsComeInEachLanguageAndMissingKeysShow() {
        Texts zh = new Texts(Language.SIMPLIFIED_CHINESE);
        Texts en = new Texts(Language.ENGLISH);
        assertThat(zh.get("guidance.journey.title")).isNotEqualTo(en.get("guidance.journey.title"));
        assertThat(en.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
