package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Writes the workshop file's text straight into a byte array: two-space indents, LF line ends,
 * {@code "key": value}, empty containers as {@code []} and {@code {}}, non-ASCII text as UTF-8.
 * The output is byte for byte what Jackson's pretty printer set up in {@link JsonSetup} writes
 * (a test holds the two together). It exists for speed: the journey of a large workshop is
 * printed from the model without building a tree, and each character is encoded in one pass.
 * A lone surrogate, which UTF-8 cannot carry, is written as a {@code \\uXXXX} escape so that it
 * reads back unchanged. Use: {@link #startObject}, {@link #field}, values, {@link #end}; a value
 * printed elsewhere (on another core, or by an earlier save) is {@link #splice spliced} in as a part
 * of the {@link FileText} rather than copied.
 */
final class JsonPrinter {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** The reader's limit: whatever MOT Studio opens, it can print again. */
    private static final int MAX_DEPTH = Limits.MAX_NESTING_DEPTH;

    private byte[] out;
    private int size;
    private char[] chars = new char[256];
    private final int baseDepth;
    private int depth;
    private final boolean[] empty = new boolean[MAX_DEPTH + 1];
    private final boolean[] isArray = new boolean[MAX_DEPTH + 1];
    private final byte[] closer = new byte[MAX_DEPTH + 1];
    private final List<CompletableFuture<byte[]>> parts = new ArrayList<>();

    /** A printer whose first value stands at {@code depth} in the file (0 for the whole file). */
    JsonPrinter(int depth, int expectedSize) {
        this.baseDepth = depth;
        this.depth = depth;
        this.out = new byte[Math.max(expectedSize, 256)];
    }

    /** The file text of {@code root}: the printed tree and a final newline. */
    static byte[] file(JsonNode root, int expectedSize) {
        JsonPrinter printer = new JsonPrinter(0, expectedSize);
        return printer.tree(root).endFile();
    }

    /** The printed text with the file's final newline. */
    byte[] endFile() {
        put((byte) '\n');
        return bytes();
    }

    /** What was printed so far (nothing spliced). */
    byte[] bytes() {
        if (!parts.isEmpty()) {
            throw new IllegalStateException("a printer with spliced parts gives a FileText");
        }
        return size == out.length ? out : Arrays.copyOf(out, size);
    }

    /** The printed text with the file's final newline, spliced parts in their places. */
    FileText endText() {
        put((byte) '\n');
        cut();
        return new FileText(parts);
    }

    JsonPrinter startObject() {
        return open((byte) '{', (byte) '}', false);
    }

    JsonPrinter startArray() {
        return open((byte) '[', (byte) ']', true);
    }

    /** Closes the innermost object or array. */
    JsonPrinter end() {
        if (!empty[depth]) {
            put((byte) '\n');
            indent(depth - 1);
        }
        put(closer[depth]);
        depth--;
        return this;
    }

    /** Starts a field of the current object; its value follows. */
    JsonPrinter field(String name) {
        separate();
        string(name);
        put((byte) ':');
        put((byte) ' ');
        return this;
    }

    JsonPrinter string(String text) {
        beforeValue();
        quoted(text);
        return this;
    }

    JsonPrinter number(long value) {
        beforeValue();
        ascii(Long.toString(value));
        return this;
    }

    JsonPrinter nothing() {
        beforeValue();
        ascii("null");
        return this;
    }

    /** A value printed at this depth by another printer (perhaps still printing), placed here as a part of its own. */
    JsonPrinter splice(CompletableFuture<byte[]> printed) {
        beforeValue();
        cut();
        parts.add(printed);
        return this;
    }

    private void cut() {
        if (size > 0) {
            parts.add(CompletableFuture.completedFuture(Arrays.copyOf(out, size)));
            size = 0;
        }
    }

    /** Prints a tree: objects, arrays, text, numbers, booleans and null. */
    JsonPrinter tree(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                startObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    field(field.getKey()).tree(field.getValue());
                }
                end();
            }
            case ARRAY -> {
                startArray();
                for (JsonNode element : node) {
                    tree(element);
                }
                end();
            }
            case STRING -> string(node.textValue());
            case NUMBER -> {
                beforeValue();
                ascii(node.asText()); // as Jackson writes each number type
            }
            case BOOLEAN -> {
                beforeValue();
                ascii(node.booleanValue() ? "true" : "false");
            }
            case NULL -> nothing();
            default -> throw new IllegalArgumentException("not a value of the workshop format: " + node.getNodeType());
        }
        return this;
    }

    private JsonPrinter open(byte opener, byte close, boolean array) {
        beforeValue();
        put(opener);
        depth++;
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("nested deeper than a workshop file goes");
        }
        empty[depth] = true;
        isArray[depth] = array;
        closer[depth] = close;
        return this;
    }

    /** An array element needs its separator and line; an object's value follows its key on the same line. */
    private void beforeValue() {
        if (depth > baseDepth && isArray[depth]) {
            separate();
        }
    }

    private void separate() {
        if (!empty[depth]) {
            put((byte) ',');
        }
        empty[depth] = false;
        put((byte) '\n');
        indent(depth);
    }

    private void quoted(String text) {
        int length = text.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        text.getChars(0, length, chars, 0);
        ensure(6 * length + 2);
        byte[] o = out;
        int at = size;
        o[at++] = '"';
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    o[at++] = (byte) c;
                } else {
                    at = escape(c, o, at);
                }
            } else if (c < 0x800) {
                o[at++] = (byte) (0xC0 | c >> 6);
                o[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                o[at++] = (byte) (0xE0 | c >> 12);
                o[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                o[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                o[at++] = (byte) (0xF0 | cp >> 18);
                o[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                o[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                o[at++] = (byte) (0x80 | cp & 0x3F);
            } else {
                at = unicodeEscape(c, o, at);
            }
        }
        o[at++] = '"';
        size = at;
    }

    /** The short escapes JSON has, else {@code \\u00XX}; as Jackson writes them. */
    private static int escape(char c, byte[] o, int at) {
        byte letter = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\f' -> 'f';
            case '\n' -> 'n';
            case '\r' -> 'r';
            default -> 0;
        };
        if (letter == 0) {
            return unicodeEscape(c, o, at);
        }
        o[at++] = '\\';
        o[at++] = letter;
        return at;
    }

    private static int unicodeEscape(char c, byte[] o, int at) {
        o[at++] = '\\';
        o[at++] = 'u';
        for (int shift = 12; shift >= 0; shift -= 4) {
            o[at++] = HEX[c >> shift & 0xF];
        }
        return at;
    }

    private void indent(int level) {
        int spaces = 2 * level;
        ensure(spaces);
        Arrays.fill(out, size, size + spaces, (byte) ' ');
        size += spaces;
    }

    private void ascii(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            out[size++] = (byte) text.charAt(i);
        }
    }

    private void put(byte b) {
        ensure(1);
        out[size++] = b;
    }

    private void put(byte[] bytes, int from, int length) {
        ensure(length);
        System.arraycopy(bytes, from, out, size, length);
        size += length;
    }

    private void ensure(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }
}
