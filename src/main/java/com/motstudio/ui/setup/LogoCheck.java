package com.motstudio.ui.setup;

/** Recognises the logo formats printed documents can embed: PNG and JPEG, by their first bytes. */
final class LogoCheck {
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private LogoCheck() {}

    /** "image/png", "image/jpeg", or "" when the bytes are neither. */
    static String mediaType(byte[] bytes) {
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return "";
    }
}
