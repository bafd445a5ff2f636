package com.motstudio.model;

import java.security.SecureRandom;

/**
 * Makes the stable ids that references in a workshop use: a short kind prefix and random base-36
 * digits ("tp-k3f9x2ab"). Ids never change once made, so files diff and merge cleanly.
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private Ids() {}

    public static String next(String prefix) {
        char[] digits = new char[10];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = DIGITS[RANDOM.nextInt(DIGITS.length)];
        }
        return prefix + "-" + new String(digits);
    }
}
