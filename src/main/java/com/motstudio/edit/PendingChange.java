package com.motstudio.edit;

import com.motstudio.model.Workshop;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A change that comes from outside the app (a CSV import, merged group files, a room session's
 * results), described before it is applied: one summary, then headed sections saying what will be
 * added, changed or skipped and which conflicts there are and how each is settled. The texts are
 * already in the reader's language. {@code change} is null when applying would change nothing;
 * otherwise it is applied as one undo step named by {@code undoLabel} (a text key).
 */
public record PendingChange(String summary, List<Section> sections, String undoLabel, UnaryOperator<Workshop> change) {

    /** What a section lists; the preview shows each kind in its own tone. */
    public enum Kind { ADDED, CHANGED, CONFLICT, SKIPPED, NOTE }

    /** One line of a section; a detail line belongs to the line before it (a touchpoint under its stage, a conflict's settlement). */
    public record Line(String text, boolean detail) {
        public static Line of(String text) {
            return new Line(text, false);
        }

        public static Line detail(String text) {
            return new Line(text, true);
        }

        /** The text as shown (lists and tests read it so). */
        @Override
        public String toString() {
            return text;
        }
    }

    /** A headed list; {@code name} makes the list's id in the preview ("added", "conflicts", "problems"). */
    public record Section(Kind kind, String name, String heading, List<Line> lines) {
        public Section {
            lines = List.copyOf(lines);
        }

        /** A section of plain lines. */
        public static Section of(Kind kind, String name, String heading, List<String> lines) {
            return new Section(kind, name, heading, lines.stream().map(Line::of).toList());
        }
    }

    public PendingChange {
        sections = sections.stream().filter(s -> !s.lines().isEmpty()).toList(); // an empty section is not shown
    }

    /** True when applying changes the workshop. */
    public boolean changesAnything() {
        return change != null;
    }

    /** Applies the change to {@code document} as one undo step; nothing when there is nothing to apply. */
    public void applyTo(WorkshopDocument document) {
        if (change != null) {
            document.apply(undoLabel, change);
        }
    }
}
