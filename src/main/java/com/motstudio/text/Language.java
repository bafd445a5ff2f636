package com.motstudio.text;

import java.util.Locale;

/** The three languages MOT Studio speaks, in the UI and in documents. */
public enum Language {
    SIMPLIFIED_CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE, "简体中文"),
    TRADITIONAL_CHINESE("zh-TW", Locale.TRADITIONAL_CHINESE, "繁體中文"),
    ENGLISH("en", Locale.ENGLISH, "English");

    private final String tag;
    private final Locale locale;
    private final String nativeName;

    Language(String tag, Locale locale, String nativeName) {
        this.tag = tag;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name written in itself, as shown in a language picker. */
    public String nativeName() {
        return nativeName;
    }

    /** The language of a tag as written in files and settings; English when unknown. */
    public static Language fromTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return language;
            }
        }
        return ENGLISH;
    }

    /** The best match for an OS locale: Traditional for Taiwan, Hong Kong, Macau or Hant script. */
    public static Language fromLocale(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return ENGLISH;
        }
        String country = locale.getCountry();
        boolean traditional = "Hant".equals(locale.getScript())
                || country.equals("TW") || country.equals("HK") || country.equals("MO");
        return traditional ? TRADITIONAL_CHINESE : SIMPLIFIED_CHINESE;
    }
}
