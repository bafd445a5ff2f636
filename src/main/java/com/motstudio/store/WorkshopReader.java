package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.model.ReferenceCheck;
import com.motstudio.model.ReferenceProblem;
import com.motstudio.model.Workshop;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Turns a file into a workshop, or into the list of everything wrong with it. Each stage — size,
 * text, JSON syntax, envelope, version, migration, schema, references — stops at its own problems,
 * so a person sees the first real cause, with where it is. Nothing is half-loaded.
 */
final class WorkshopReader {
    private final FileOps ops;
    private final ObjectMapper mapper;
    private final JsonSyntax syntax;
    private final SchemaCheck schema;
    private final Migrations migrations;

    WorkshopReader(FileOps ops, ObjectMapper mapper, SchemaCheck schema, Migrations migrations) {
        this.ops = ops;
        this.mapper = mapper;
        this.syntax = new JsonSyntax(mapper);
        this.schema = schema;
        this.migrations = migrations;
    }

    LoadResult read(Path file) {
        if (!Files.exists(file)) {
            return refuse(file, FileProblem.of(LinkLoop.in(file) ? FileProblem.Kind.LINK_LOOP : FileProblem.Kind.NOT_FOUND));
        }
        if (!Files.isRegularFile(file)) {
            return refuse(file, FileProblem.of(FileProblem.Kind.NOT_A_FILE));
        }
        byte[] bytes;
        try {
            long size = ops.size(file);
            if (size > Limits.MAX_FILE_BYTES) {
                return refuse(file, FileProblem.of(FileProblem.Kind.TOO_LARGE, Limits.megabytes(size), Limits.megabytes(Limits.MAX_FILE_BYTES)));
            }
            bytes = ops.read(file);
        } catch (NoSuchFileException e) {
            return refuse(file, FileProblem.of(FileProblem.Kind.NOT_FOUND));
        } catch (AccessDeniedException e) {
            return refuse(file, FileProblem.of(FileProblem.Kind.ACCESS_DENIED));
        } catch (IOException e) {
            // the system's own words, never a Java class name
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
            return refuse(file, FileProblem.of(FileProblem.Kind.UNREADABLE, reason));
        }
        return read(file, bytes);
    }

    LoadResult read(Path file, byte[] bytes) {
        try {
            return interpret(file, bytes);
        } catch (RuntimeException e) {
            // A last guard, not a path anything should take: opening never throws at the user.
            return refuse(file, FileProblem.of(FileProblem.Kind.NOT_UNDERSTOOD, String.valueOf(e.getMessage())));
        }
    }

    private LoadResult interpret(Path file, byte[] bytes) {
        if (isBlank(bytes)) {
            return refuse(file, FileProblem.of(FileProblem.Kind.EMPTY));
        }
        ObjectNode root;
        switch (syntax.parse(bytes)) {
            case JsonSyntax.Broken broken -> {
                return refuse(file, broken.problem());
            }
            case JsonSyntax.Tree tree when tree.root() instanceof ObjectNode object
                    && WorkshopCodec.FORMAT.equals(object.path("format").asText()) -> root = object;
            case JsonSyntax.Tree other -> {
                return refuse(file, FileProblem.of(FileProblem.Kind.NOT_A_WORKSHOP, WorkshopCodec.FORMAT));
            }
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
            return refuse(file, FileProblem.of(FileProblem.Kind.NO_VERSION));
        }
        int found = version.intValue();
        if (found > migrations.current()) {
            return refuse(file, FileProblem.of(FileProblem.Kind.NEWER_VERSION, String.valueOf(found), String.valueOf(migrations.current())));
        }
        if (!migrations.upgrade(root, found)) {
            return refuse(file, FileProblem.of(FileProblem.Kind.OLD_VERSION, String.valueOf(found)));
        }
        // The schema check and the mapping read the same finished tree, so they run side by side on
        // two cores; the mapping's result only counts once the schema has passed.
        CompletableFuture<List<Finding>> checked = CompletableFuture.supplyAsync(() -> {
            List<Finding> all = new ArrayList<>(schema.check(root));
            all.addAll(HugeNumbers.in(root));
            return all;
        });
        Workshop workshop = null;
        List<ReferenceProblem> references = List.of();
        try {
            workshop = WorkshopCodec.read(root);
            references = ReferenceCheck.of(workshop);
        } catch (RuntimeException e) {
            // only a tree the schema refuses can fail to map; its problems are reported below
        }
        List<Finding> violations = checked.join();
        if (!violations.isEmpty()) {
            return new LoadResult.Refused(file, placed(bytes, violations));
        }
        if (workshop == null) {
            workshop = WorkshopCodec.read(root);
        }
        if (!references.isEmpty()) {
            return new LoadResult.Refused(file, placed(bytes, ReferencePlaces.of(references, root)));
        }
        return new LoadResult.Loaded(workshop, SavedFile.of(file, bytes, root));
    }

    /** Findings with the line and column of their value, in file order, at most {@link Limits#MAX_PROBLEMS}. */
    private List<FileProblem> placed(byte[] bytes, List<Finding> findings) {
        LocationIndex index = LocationIndex.of(bytes, mapper.getFactory());
        List<FileProblem> problems = new ArrayList<>(findings.stream().map(f -> {
            TextPositions.Position at = index.find(f.path());
            String shown = f.path().startsWith("$.") ? f.path().substring(2) : "";
            return new FileProblem(f.kind(), at == null ? 0 : at.line(), at == null ? 0 : at.column(), shown, f.args());
        }).sorted(Comparator.comparingLong(FileProblem::line).thenComparingLong(FileProblem::column)).toList());
        if (problems.size() <= Limits.MAX_PROBLEMS) {
            return problems;
        }
        int more = problems.size() - Limits.MAX_PROBLEMS;
        List<FileProblem> shown = new ArrayList<>(problems.subList(0, Limits.MAX_PROBLEMS));
        shown.add(FileProblem.of(FileProblem.Kind.MORE, String.valueOf(more)));
        return shown;
    }

    /** Nothing but white space (after an optional UTF-8 byte-order mark). */
    private static boolean isBlank(byte[] bytes) {
        for (int i = TextPositions.hasByteOrderMark(bytes) ? 3 : 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static LoadResult refuse(Path file, FileProblem problem) {
        return new LoadResult.Refused(file, List.of(problem));
    }
}
