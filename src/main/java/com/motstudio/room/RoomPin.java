package com.motstudio.room;

import java.security.SecureRandom;

/** The PIN a participant types to join: random digits, new for every session. */
public final class RoomPin {
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 6;

    private RoomPin() {}

    /** A PIN of {@code digits} digits (4–6); it never starts with 0, so it reads the same as a number. */
    public static String next(SecureRandom random, int digits) {
        if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("a PIN has 4 to 6 digits");
        }
        StringBuilder pin = new StringBuilder().append(1 + random.nextInt(9));
        for (int i = 1; i < digits; i++) {
            pin.append(random.nextInt(10));
        }
        return pin.toString();
    }

    /** Compares without stopping at the first differing digit, so timing tells nothing. */
    static boolean matches(String expected, String given) {
        return given != null && java.security.MessageDigest.isEqual(
                expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII), given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
