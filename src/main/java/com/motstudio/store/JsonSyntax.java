package com.motstudio.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first look at a file's bytes: is it UTF-8 text, and is that text JSON? Jackson's errors are
 * turned into problems a person can act on, placed by line and character column.
 */
final class JsonSyntax {
    /** The tree of a file whose text parsed, or the one problem that stopped it. */
    sealed interface Parsed {}

    record Tree(JsonNode root) implements Parsed {}

    record Broken(FileProblem problem) implements Parsed {}

    /** Jackson's wording for a character or word it did not expect; the group is what it found. */
    private static final Pattern UNEXPECTED = Pattern.compile("^(?:Unexpected character \\('|Unrecognized token '|Non-standard token ')(.+?)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.+?)'");

    private final ObjectMapper mapper;

    JsonSyntax(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Parsed parse(byte[] bytes) {
        Optional<FileProblem> encoding = wrongEncoding(bytes);
        if (encoding.isPresent()) {
            return new Broken(encoding.get());
        }
        int invalid = Utf8.firstInvalid(bytes);
        if (invalid >= 0) {
            return new Broken(FileProblem.of(FileProblem.Kind.NOT_TEXT, String.valueOf(invalid)));
        }
        JsonParser parser;
        try {
            parser = mapper.createParser(bytes);
        } catch (IOException e) {
            return new Broken(FileProblem.of(FileProblem.Kind.MALFORMED));
        }
        try {
            return new Tree(mapper.readTree(parser));
        } catch (IOException e) {
            // A zero byte, which binary files hold, surfaces as a parse error; name the real cause.
            JsonLocation where = e instanceof JsonProcessingException p && p.getLocation() != null
                    ? p.getLocation() : parser.currentLocation();
            return new Broken(zeroByte(bytes).orElseGet(() -> placed(bytes, e, where)));
        } finally {
            closeQuietly(parser);
        }
    }

    private static FileProblem placed(byte[] bytes, IOException e, JsonLocation where) {
        String message = e instanceof JsonProcessingException p ? String.valueOf(p.getOriginalMessage()) : "";
        Matcher unexpected = UNEXPECTED.matcher(message);
        Matcher duplicate = DUPLICATE.matcher(message);
        FileProblem problem;
        if (e instanceof JsonEOFException) {
            problem = FileProblem.of(FileProblem.Kind.TRUNCATED);
        } else if (e instanceof StreamConstraintsException) {
            problem = beyondLimits(message, bytes.length);
        } else if (message.startsWith("Trailing token")) {
            problem = FileProblem.of(FileProblem.Kind.TRAILING_DATA);
        } else if (duplicate.find()) {
            problem = FileProblem.of(FileProblem.Kind.DUPLICATE_KEY, duplicate.group(1));
        } else if (unexpected.find()) {
            problem = FileProblem.of(FileProblem.Kind.UNEXPECTED, unexpected.group(1));
        } else {
            problem = FileProblem.of(FileProblem.Kind.MALFORMED);
        }
        long offset = where.getByteOffset();
        if (offset < 0) {
            return problem;
        }
        TextPositions.Position at = TextPositions.of(bytes).at(offset);
        return new FileProblem(problem.kind(), at.line(), at.column(), "", problem.args());
    }

    /** Jackson stops at the limits set in {@link Limits}; say which one was passed. */
    private static FileProblem beyondLimits(String message, long size) {
        if (message.contains("nesting depth")) {
            return FileProblem.of(FileProblem.Kind.TOO_DEEP, String.valueOf(Limits.MAX_NESTING_DEPTH));
        }
        if (message.contains("Document length")) {
            return FileProblem.of(FileProblem.Kind.TOO_LARGE, Limits.megabytes(size), Limits.megabytes(Limits.MAX_FILE_BYTES));
        }
        return FileProblem.of(FileProblem.Kind.TOO_LONG, String.valueOf(Limits.MAX_NUMBER_LENGTH),
                Limits.megabytes(Limits.MAX_STRING_LENGTH));
    }

    /** UTF-16 and UTF-32 files (Windows "Unicode") start with a byte-order mark or zero bytes. */
    private static Optional<FileProblem> wrongEncoding(byte[] bytes) {
        int b0 = bytes.length > 0 ? bytes[0] & 0xFF : -1;
        int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            return Optional.of(FileProblem.of(FileProblem.Kind.NOT_TEXT, "0"));
        }
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            if (bytes[i] == 0) {
                return Optional.of(FileProblem.of(FileProblem.Kind.NOT_TEXT, String.valueOf(i)));
            }
        }
        return Optional.empty();
    }

    /** A zero byte means the file is not text; the offset says where. */
    private static Optional<FileProblem> zeroByte(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Optional.of(FileProblem.of(FileProblem.Kind.NOT_TEXT, String.valueOf(i)));
            }
        }
        return Optional.empty();
    }

    private static void closeQuietly(JsonParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            // it reads from a byte array: closing has nothing to flush or release that could fail
        }
    }
}
