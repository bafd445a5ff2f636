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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Checks a file's JSON against the workshop schema (draft 2020-12) kept in the resources. */
final class SchemaCheck {
    static final String RESOURCE = "/com/motstudio/schema/workshop.schema.json";

    private final JsonSchema schema;

    SchemaCheck() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build();
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the build: " + RESOURCE);
            }
            schema = factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A violation: the JSON path of the value, the kind, and the arguments its message needs. */
    record Violation(String path, FileProblem.Kind kind, List<String> args) {}

    List<Violation> check(JsonNode root) {
        Set<ValidationMessage> messages = schema.validate(root);
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage m : messages) {
            violations.add(violation(m));
        }
        violations.sort(Comparator.comparing(Violation::path));
        return violations;
    }

    private static Violation violation(ValidationMessage m) {
        String path = m.getInstanceLocation().toString();
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        return switch (m.getType()) {
            case "type" -> new Violation(path, FileProblem.Kind.WRONG_TYPE, List.of(arg(args, 1), arg(args, 0)));
            case "required" -> new Violation(path, FileProblem.Kind.MISSING_FIELD, List.of(String.valueOf(m.getProperty())));
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "minLength", "maxLength" ->
                    new Violation(path, FileProblem.Kind.OUT_OF_RANGE, List.of(m.getType(), arg(args, 0)));
            case "enum", "const" -> new Violation(path, FileProblem.Kind.NOT_ALLOWED, List.of(arg(args, 0)));
            case "pattern", "format" -> new Violation(path, FileProblem.Kind.BAD_FORMAT, List.of(arg(args, 0)));
            default -> new Violation(path, FileProblem.Kind.SCHEMA, List.of(m.getMessage()));
        };
    }

    private static String arg(Object[] args, int i) {
        return i < args.length ? String.valueOf(args[i]) : "";
    }
}
