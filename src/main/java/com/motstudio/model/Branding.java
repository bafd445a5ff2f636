package com.motstudio.model;

/** How printed documents look for this workshop: a logo (embedded, base64) and an accent colour (#RRGGBB). */
public record Branding(
        String logoMediaType,
        String logoBase64,
        String accentColor) {
    public static final String DEFAULT_ACCENT = "#1F6FEB";

    public Branding {
        logoMediaType = Values.text(logoMediaType);
        logoBase64 = Values.text(logoBase64);
        accentColor = accentColor == null || accentColor.isBlank() ? DEFAULT_ACCENT : accentColor;
    }

    public static Branding none() {
        return new Branding("", "", DEFAULT_ACCENT);
    }

    public boolean hasLogo() {
        return !logoBase64.isEmpty();
    }
}
