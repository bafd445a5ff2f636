package com.motstudio.store;

import java.util.Arrays;

/**
 * Turns a byte offset in a UTF-8 file into the line and column a person sees in an editor. Jackson
 * counts columns in bytes, so a Chinese character would count three; here it counts one.
 */
final class TextPositions {
    /** A 1-based line and column. */
    record Position(long line, long column) {}

    private final byte[] text;
    private final int[] lineStarts;

    private TextPositions(byte[] text, int[] lineStarts) {
        this.text = text;
        this.lineStarts = lineStarts;
    }

    static TextPositions of(byte[] text) {
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = hasByteOrderMark(text) ? 3 : 0;
        for (int i = 0; i < text.length; i++) {
            boolean lineEnd = text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.length || text[i + 1] != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new TextPositions(text, Arrays.copyOf(starts, count));
    }

    /** Where the byte at {@code offset} stands; the offset is clamped to the text. */
    Position at(long offset) {
        int end = Math.clamp(offset, lineStarts[0], text.length);
        int found = Arrays.binarySearch(lineStarts, end);
        int line = found >= 0 ? found : -found - 2;
        long column = 1;
        for (int i = lineStarts[line]; i < end; i++) {
            if ((text[i] & 0xC0) != 0x80) {
                column++; // count characters, not the continuation bytes of a multi-byte character
            }
        }
        return new Position(line + 1, column);
    }

    static boolean hasByteOrderMark(byte[] text) {
        return text.length >= 3 && (text[0] & 0xFF) == 0xEF && (text[1] & 0xFF) == 0xBB && (text[2] & 0xFF) == 0xBF;
    }
}
