package com.motstudio.merge;

import java.util.List;

/**
 * One thing merging a group file did or met: something added, or a conflict and how it was settled.
 * {@code what} names the kind of thing ("touchpoint", "rating", …) and with {@code kind} makes the
 * text key ({@code merge.added.touchpoint}, {@code merge.conflict.rating}); {@code args} fill it in.
 */
public record MergeFinding(String file, Kind kind, String what, List<String> args, Settled settled) {

    /** Added to the facilitator's workshop, or in conflict with it. */
    public enum Kind { ADDED, CONFLICT }

    /** How a conflict was settled: the facilitator's value kept, or the group file's value taken. */
    public enum Settled { NOT_A_CONFLICT, FACILITATOR_KEPT, GROUP_TAKEN }

    public MergeFinding {
        args = List.copyOf(args);
    }

    static MergeFinding added(String file, String what, String... args) {
        return new MergeFinding(file, Kind.ADDED, what, List.of(args), Settled.NOT_A_CONFLICT);
    }

    static MergeFinding conflict(String file, String what, Settled settled, String... args) {
        return new MergeFinding(file, Kind.CONFLICT, what, List.of(args), settled);
    }

    /** True for things counted rather than named in a preview: emotions, ratings, votes, responses, pain points. */
    public boolean counted() {
        return kind == Kind.ADDED && COUNTED.contains(what);
    }

    /** The kinds of added thing a preview counts per file. */
    public static final List<String> COUNTED = List.of("emotion", "rating", "vote", "servqualResponse", "kanoResponse", "painPoint");
}
