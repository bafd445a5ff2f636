package com.motstudio.store;

import com.motstudio.text.Texts;

import java.util.List;

/**
 * One reason a workshop file was refused: what is wrong ({@link Kind}) and where — a line and
 * column (1-based; 0 when unknown) and/or a field path such as {@code journey.stages[2].name}.
 */
public record FileProblem(Kind kind, long line, long column, String path, List<String> args) {

    /** What can be wrong with a workshop file. Each has a message {@code problem.<kind>} in the bundles. */
    public enum Kind {
        NOT_FOUND, NOT_A_FILE, UNREADABLE, EMPTY, TOO_LARGE, NOT_TEXT, MALFORMED, TRUNCATED, TOO_DEEP,
        NOT_A_WORKSHOP, NO_VERSION, NEWER_VERSION, OLD_VERSION,
        WRONG_TYPE, MISSING_FIELD, OUT_OF_RANGE, NOT_ALLOWED, BAD_FORMAT, SCHEMA,
        DANGLING_REFERENCE, DUPLICATE_ID, MORE
    }

    public FileProblem {
        path = path == null ? "" : path;
        args = args == null ? List.of() : List.copyOf(args);
    }

    static FileProblem of(Kind kind, String... args) {
        return new FileProblem(kind, 0, 0, "", List.of(args));
    }

    static FileProblem at(Kind kind, long line, long column, String... args) {
        return new FileProblem(kind, line, column, "", List.of(args));
    }

    /** One line for a person: where, then what — in the language of {@code texts}. */
    public String describe(Texts texts) {
        String what = texts.format("problem." + kindKey(), shownArgs(texts));
        String where = where(texts);
        return where.isEmpty() ? what : texts.format("problem.where", where, what);
    }

    /** Names of JSON types, limits and referenced kinds are shown in the reader's language. */
    private Object[] shownArgs(Texts texts) {
        Object[] shown = args.toArray();
        switch (kind) {
            case WRONG_TYPE -> {
                for (int i = 0; i < shown.length; i++) {
                    shown[i] = translated(texts, "problem.jsonType.", args.get(i));
                }
            }
            case OUT_OF_RANGE -> shown[0] = translated(texts, "problem.limit.", args.get(0));
            case DANGLING_REFERENCE -> shown[1] = translated(texts, "problem.target.", args.get(1));
            default -> { }
        }
        return shown;
    }

    private static String translated(Texts texts, String prefix, String value) {
        return texts.has(prefix + value) ? texts.get(prefix + value) : value;
    }

    private String where(Texts texts) {
        String position = line > 0 ? texts.format("problem.position", line, column) : "";
        String field = path.isEmpty() ? "" : texts.format("problem.field", path);
        if (!position.isEmpty() && !field.isEmpty()) {
            return texts.format("problem.positionAndField", position, field);
        }
        return position.isEmpty() ? field : position;
    }

    private String kindKey() {
        StringBuilder key = new StringBuilder();
        for (String part : kind.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            key.append(key.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return key.toString();
    }
}
