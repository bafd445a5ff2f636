package com.motstudio.store;

import com.motstudio.text.Texts;

import java.util.List;

/**
 * One reason a workshop file was refused: what is wrong ({@link Kind}) and where — a line and
 * character column (1-based; 0 when unknown) and/or a field path such as {@code journey.stages[2].name}.
 * {@code args} fill in the message; callers show the file name themselves.
 */
public record FileProblem(Kind kind, long line, long column, String path, List<String> args) {

    /** What can be wrong with a workshop file, each with its message in the {@code problems} bundle. */
    public enum Kind {
        NOT_FOUND("problem.notFound"),
        NOT_A_FILE("problem.notAFile"),
        UNREADABLE("problem.unreadable"),
        ACCESS_DENIED("problem.accessDenied"),
        LINK_LOOP("problem.linkLoop"),
        EMPTY("problem.empty"),
        TOO_LARGE("problem.tooLarge"),
        NOT_TEXT("problem.notText"),
        MALFORMED("problem.malformed"),
        UNEXPECTED("problem.unexpected"),
        TRUNCATED("problem.truncated"),
        TRAILING_DATA("problem.trailingData"),
        DUPLICATE_KEY("problem.duplicateKey"),
        TOO_DEEP("problem.tooDeep"),
        TOO_LONG("problem.tooLong"),
        NOT_A_WORKSHOP("problem.notAWorkshop"),
        NO_VERSION("problem.noVersion"),
        NEWER_VERSION("problem.newerVersion"),
        OLD_VERSION("problem.oldVersion"),
        WRONG_TYPE("problem.wrongType"),
        MISSING_FIELD("problem.missingField"),
        OUT_OF_RANGE("problem.outOfRange"),
        NOT_FINITE("problem.notFinite"),
        NOT_ALLOWED("problem.notAllowed"),
        BAD_FORMAT("problem.badFormat"),
        REPEATED_VALUE("problem.repeatedValue"),
        SCHEMA("problem.schema"),
        DANGLING_REFERENCE("problem.danglingReference"),
        DUPLICATE_ID("problem.duplicateId"),
        NOT_UNDERSTOOD("problem.notUnderstood"),
        MORE("problem.more");

        private final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    public FileProblem {
        path = path == null ? "" : path;
        args = args == null ? List.of() : List.copyOf(args);
    }

    static FileProblem of(Kind kind, String... args) {
        return new FileProblem(kind, 0, 0, "", List.of(args));
    }

    /** One line for a person — where, then what — in the language of {@code texts}. */
    public String describe(Texts texts) {
        String what = texts.format(kind.key, shownArgs(texts));
        String where = where(texts);
        return where.isEmpty() ? what : texts.format("problem.where", where, what);
    }

    /** JSON type names, limits, expected forms and kinds of record are shown in the reader's language; counts as numbers. */
    private Object[] shownArgs(Texts texts) {
        Object[] shown = args.toArray();
        switch (kind) {
            case WRONG_TYPE -> {
                for (int i = 0; i < shown.length; i++) {
                    shown[i] = translated(texts, "problem.jsonType.", args.get(i));
                }
            }
            case OUT_OF_RANGE -> shown[0] = translated(texts, "problem.limit.", args.getFirst());
            case BAD_FORMAT -> shown[0] = translated(texts, "problem.form.", args.getFirst());
            case DANGLING_REFERENCE -> shown[1] = translated(texts, "problem.target.", args.get(1));
            case MORE -> shown[0] = Long.parseLong(args.getFirst()); // a count: "1 more problem", "2 more problems"
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
}
