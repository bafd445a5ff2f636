package com.motstudio.room;

import java.util.List;

/**
 * The six things a room can be asked to do, and the parts of an item each one asks about: an
 * emotion or a dot count has one part ("value"); a trait rating has one part per trait; a KANO need
 * has its functional and dysfunctional question; a SERVQUAL item its expectation and perception.
 */
public enum ActivityKind {
    EMOTION(List.of(Parts.VALUE)),
    TRAITS(Parts.traits()),
    DOTS(List.of(Parts.VALUE)),
    KANO(List.of(Parts.FUNCTIONAL, Parts.DYSFUNCTIONAL)),
    SERVQUAL(List.of(Parts.EXPECTATION, Parts.PERCEPTION)),
    POLL(List.of(Parts.VALUE));

    private final List<String> parts;

    ActivityKind(List<String> parts) {
        this.parts = parts;
    }

    /** The parts each item of this kind is answered in, in the order the phone shows them. */
    public List<String> parts() {
        return parts;
    }

    /** The names of the parts, as they travel in the phone's answers. */
    public static final class Parts {
        public static final String VALUE = "value";
        public static final String FUNCTIONAL = "functional";
        public static final String DYSFUNCTIONAL = "dysfunctional";
        public static final String EXPECTATION = "expectation";
        public static final String PERCEPTION = "perception";

        private Parts() {}

        static List<String> traits() {
            return java.util.Arrays.stream(com.motstudio.model.Trait.values()).map(Enum::name).toList();
        }
    }
}
