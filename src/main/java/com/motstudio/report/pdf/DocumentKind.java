package com.motstudio.report.pdf;

import java.util.List;

/** The documents MOT Studio exports: the action plan, the workshop report and the handouts for a class or counter team. */
public enum DocumentKind {
    ACTION_PLAN("action-plan"),
    REPORT("report"),
    HANDOUTS("handouts"),
    MAP_CANVAS("map-canvas"),
    TRAIT_SHEET("trait-sheet"),
    SERVQUAL_FORM("servqual-form"),
    KANO_FORM("kano-form"),
    AUDIT_FORM("audit-form"),
    FEEDBACK_CARD("feedback-card");

    /** The handouts, in the order the {@link #HANDOUTS} bundle prints them. */
    public static final List<DocumentKind> SINGLE_HANDOUTS = List.of(MAP_CANVAS, TRAIT_SHEET, SERVQUAL_FORM, KANO_FORM,
            AUDIT_FORM, FEEDBACK_CARD);

    private final String tag;

    DocumentKind(String tag) {
        this.tag = tag;
    }

    /** The name on the command line, e.g. {@code action-plan}. */
    public String tag() {
        return tag;
    }

    public boolean isHandout() {
        return this == HANDOUTS || SINGLE_HANDOUTS.contains(this);
    }

    /** The document of a command-line name (case ignored), or null when there is none. */
    public static DocumentKind fromTag(String tag) {
        for (DocumentKind kind : values()) {
            if (kind.tag.equalsIgnoreCase(tag)) {
                return kind;
            }
        }
        return null;
    }
}
