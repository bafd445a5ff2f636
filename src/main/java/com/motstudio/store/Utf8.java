package com.motstudio.store;

/**
 * Checks that bytes are well-formed UTF-8 (RFC 3629): no stray continuation bytes, no overlong
 * forms, no encoded surrogates, nothing above U+10FFFF. Jackson's reader lets some of these through
 * inside strings, so every file is checked before it is parsed. Mostly-ASCII text is skipped eight
 * bytes at a time.
 */
final class Utf8 {
    private Utf8() {}

    /** The offset of the first byte that does not start a well-formed sequence, or -1 if there is none. */
    static int firstInvalid(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            if (i + 8 <= n && asciiRun(bytes, i)) {
                i += 8;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i, b);
            if (length == 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    private static boolean asciiRun(byte[] b, int i) {
        return ((b[i] | b[i + 1] | b[i + 2] | b[i + 3] | b[i + 4] | b[i + 5] | b[i + 6] | b[i + 7]) & 0x80) == 0;
    }

    /** The length of the well-formed sequence starting with lead byte {@code b} at {@code i}, or 0. */
    private static int sequenceLength(byte[] bytes, int i, int b) {
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0) {
                low = 0xA0; // shorter forms are overlong
            } else if (b == 0xED) {
                high = 0x9F; // ED A0..BF would encode a surrogate
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0) {
                low = 0x90;
            } else if (b == 0xF4) {
                high = 0x8F; // beyond U+10FFFF
            }
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = bytes[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }
}
