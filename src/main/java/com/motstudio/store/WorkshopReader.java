package com.motstudio.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.model.ReferenceCheck;
import com.motstudio.model.ReferenceProblem;
import com.motstudio.model.Workshop;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a file into a workshop, or into the list of everything wrong with it. Each stage (size,
 * text, syntax, envelope, version, schema, references) stops at its own problems so a person sees
 * the first real cause, with where it is; nothing is half-loaded.
 */
final class WorkshopReader {
    private final ObjectMapper mapper;
    private final SchemaCheck schema;
    private final Migrations migrations;

    WorkshopReader(ObjectMapper mapper, SchemaCheck schema, Migrations migrations) {
        this.mapper = mapper;
        this.schema = schema;
        this.migrations = migrations;
    }

    LoadResult read(Path file) {
        if (!Files.exists(file)) {
            return refuse(file, FileProblem.of(FileProblem.Kind.NOT_FOUND));
        }
        if (!Files.isRegularFile(file)) {
            return refuse(file, FileProblem.of(FileProblem.Kind.NOT_A_FILE));
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > Limits.MAX_FILE_BYTES) {
                return refuse(file, FileProblem.of(FileProblem.Kind.TOO_LARGE, megabytes(size), megabytes(Limits.MAX_FILE_BYTES)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return refuse(file, FileProblem.of(FileProblem.Kind.NOT_FOUND));
        } catch (IOException e) {
            return refuse(file, FileProblem.of(FileProblem.Kind.UNREADABLE, String.valueOf(e.getMessage())));
        }
        return read(file, bytes);
    }

    LoadResult read(Path file, byte[] bytes) {
        if (isBlank(bytes)) {
            return refuse(file, FileProblem.of(FileProblem.Kind.EMPTY));
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (StreamConstraintsException e) {
            return refuse(file, located(FileProblem.Kind.TOO_DEEP, e.getLocation(), String.valueOf(Limits.MAX_NESTING_DEPTH)));
        } catch (JsonEOFException e) {
            return refuse(file, notText(bytes).orElseGet(() -> located(FileProblem.Kind.TRUNCATED, e.getLocation())));
        } catch (IOException e) {
            // A binary or non-UTF-8 file fails to parse too; say what it really is.
            JsonLocation at = e instanceof JsonProcessingException p ? p.getLocation() : null;
            String detail = e instanceof JsonProcessingException p ? p.getOriginalMessage() : String.valueOf(e.getMessage());
            return refuse(file, notText(bytes).orElseGet(() -> located(FileProblem.Kind.MALFORMED, at, detail)));
        }
        return interpret(file, bytes, tree);
    }

    private LoadResult interpret(Path file, byte[] bytes, JsonNode tree) {
        if (!(tree instanceof ObjectNode root) || !WorkshopCodec.FORMAT.equals(root.path("format").asText())) {
            return refuse(file, FileProblem.of(FileProblem.Kind.NOT_A_WORKSHOP, WorkshopCodec.FORMAT));
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.canConvertToExactIntegral() || !version.canConvertToInt()) {
            return refuse(file, FileProblem.of(FileProblem.Kind.NO_VERSION));
        }
        int found = version.asInt();
        if (found > migrations.current()) {
            return refuse(file, FileProblem.of(FileProblem.Kind.NEWER_VERSION, String.valueOf(found), String.valueOf(migrations.current())));
        }
        Optional<ObjectNode> upgraded = migrations.upgrade(root, found);
        if (upgraded.isEmpty()) {
            return refuse(file, FileProblem.of(FileProblem.Kind.OLD_VERSION, String.valueOf(found)));
        }
        List<SchemaCheck.Violation> violations = schema.check(root);
        if (!violations.isEmpty()) {
            LocationIndex index = LocationIndex.of(bytes, mapper.getFactory());
            return refuse(file, capped(violations.stream().map(v -> placed(index, v.path(), v.kind(), v.args())).toList()));
        }
        Workshop workshop = WorkshopCodec.read(root);
        List<ReferenceProblem> references = ReferenceCheck.of(workshop);
        if (!references.isEmpty()) {
            LocationIndex index = LocationIndex.of(bytes, mapper.getFactory());
            return refuse(file, capped(references.stream().map(r -> placed(index, "$." + r.path(),
                    r.kind() == ReferenceProblem.Kind.DANGLING ? FileProblem.Kind.DANGLING_REFERENCE : FileProblem.Kind.DUPLICATE_ID,
                    List.of(r.id(), r.target()))).toList()));
        }
        return new LoadResult.Loaded(workshop, Stamps.of(file, bytes, root));
    }

    private static FileProblem placed(LocationIndex index, String jsonPath, FileProblem.Kind kind, List<String> args) {
        long[] at = index.find(jsonPath);
        String shown = jsonPath.startsWith("$.") ? jsonPath.substring(2) : jsonPath;
        return new FileProblem(kind, at == null ? 0 : at[0], at == null ? 0 : at[1], shown, args);
    }

    private static List<FileProblem> capped(List<FileProblem> problems) {
        if (problems.size() <= Limits.MAX_PROBLEMS) {
            return problems;
        }
        List<FileProblem> shown = new ArrayList<>(problems.subList(0, Limits.MAX_PROBLEMS));
        shown.add(FileProblem.of(FileProblem.Kind.MORE, String.valueOf(problems.size() - Limits.MAX_PROBLEMS)));
        return shown;
    }

    private static FileProblem located(FileProblem.Kind kind, JsonLocation at, String... args) {
        return at == null ? FileProblem.of(kind, args) : FileProblem.at(kind, at.getLineNr(), at.getColumnNr(), args);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A NUL byte or invalid UTF-8 means the file is not text; the offset says where. */
    private static Optional<FileProblem> notText(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Optional.of(FileProblem.of(FileProblem.Kind.NOT_TEXT, String.valueOf(i)));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        try {
            decoder.decode(input);
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of(FileProblem.of(FileProblem.Kind.NOT_TEXT, String.valueOf(input.position())));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static LoadResult refuse(Path file, FileProblem problem) {
        return refuse(file, List.of(problem));
    }

    private static LoadResult refuse(Path file, List<FileProblem> problems) {
        return new LoadResult.Refused(file, problems);
    }
}
