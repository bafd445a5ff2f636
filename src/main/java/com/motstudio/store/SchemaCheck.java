package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a file's JSON against the workshop schema (draft 2020-12) kept in the resources, and
 * says what each violation means in terms the problem messages can translate.
 */
final class SchemaCheck {
    static final String RESOURCE = "/com/motstudio/schema/workshop.schema.json";
    private static final Pattern NAMED_FORM = Pattern.compile("#/\\$defs/([A-Za-z]+)/");

    private final JsonSchema schema;

    SchemaCheck() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_PATH)
                .formatAssertionsEnabled(true) // "2026-02-30" is not a date
                .build();
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the build: " + RESOURCE);
            }
            schema = factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Finding> check(JsonNode root) {
        // a value can break two rules that say the same (a date's pattern and format): list it once
        return schema.validate(root).stream().map(SchemaCheck::violation).distinct().toList();
    }

    private static Finding violation(ValidationMessage m) {
        String path = m.getInstanceLocation().toString();
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        return switch (m.getType()) {
            case "type" -> new Finding(path, FileProblem.Kind.WRONG_TYPE, List.of(expectedType(arg(args, 1)), arg(args, 0)));
            case "required" -> new Finding(path, FileProblem.Kind.MISSING_FIELD, List.of(String.valueOf(m.getProperty())));
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems" ->
                    new Finding(path, FileProblem.Kind.OUT_OF_RANGE, List.of(m.getType(), arg(args, 0)));
            case "enum", "const" -> new Finding(path, FileProblem.Kind.NOT_ALLOWED, List.of(allowed(arg(args, 0))));
            case "pattern", "format" -> new Finding(path, FileProblem.Kind.BAD_FORMAT, List.of(form(m, arg(args, 0))));
            case "uniqueItems" -> new Finding(path, FileProblem.Kind.REPEATED_VALUE, List.of());
            default -> new Finding(path, FileProblem.Kind.SCHEMA, List.of(m.getMessage()));
        };
    }

    /** "[integer, null]" → "integer": where null is allowed, saying so adds nothing for a person. */
    private static String expectedType(String types) {
        return Arrays.stream(types.replaceAll("[\\[\\]\\s]", "").split(","))
                .filter(t -> !t.equals("null")).findFirst().orElse(types);
    }

    /** {@code ["A", "B", null]} → {@code A, B}. */
    private static String allowed(String values) {
        return Arrays.stream(values.replaceAll("[\\[\\]\"]", "").split(",\\s*"))
                .filter(v -> !v.equals("null") && !v.isEmpty()).collect(Collectors.joining(", "));
    }

    /** Values with a named form in the schema ({@code $defs/date}, {@code $defs/color}) get a readable hint. */
    private static String form(ValidationMessage m, String pattern) {
        Matcher named = NAMED_FORM.matcher(String.valueOf(m.getSchemaLocation()));
        return named.find() ? named.group(1) : pattern;
    }

    private static String arg(Object[] args, int i) {
        return i < args.length ? String.valueOf(args[i]) : "";
    }
}
