package com.motstudio.report.map;

import com.motstudio.model.Touchpoint;
import com.motstudio.model.TouchpointRole;

import java.util.ArrayList;
import java.util.List;

/**
 * The measured content of one touchpoint's column: its customer action, chip and notes, wrapped
 * to the column width. Positions are relative to the column's left edge and to the top of each
 * lane's content; it depends only on the touchpoint and the style, so it is kept across edits.
 */
final class TouchpointColumn {
    /** A pain point or opportunity card: its text and its top within the lane. */
    record Note(TextBlock text, double y, double height) {}

    /** A role mark in the chip's header row. */
    record Mark(TouchpointRole role, double x, double y) {}

    final Touchpoint touchpoint;
    final TextBlock action;
    final double actionHeight;
    final TextBlock badge;
    final double badgeWidth;
    final double headerHeight;
    final List<Mark> marks;
    final TextBlock name;
    final double nameY;
    final double chipHeight;
    final List<Note> pains;
    final double painHeight;
    final List<Note> ideas;
    final double ideaHeight;

    TouchpointColumn(Touchpoint touchpoint, MapStyle style) {
        this.touchpoint = touchpoint;
        double inner = style.column - 2 * style.pad;
        this.action = style.wrap(touchpoint.customerAction(), style.base, inner);
        this.actionHeight = action.isEmpty() ? 0 : action.height() + 2 * style.pad;

        this.badge = touchpoint.phase() == null ? TextBlock.empty(style.small, inner) : style.phases[touchpoint.phase().ordinal()];
        this.badgeWidth = badge.isEmpty() ? 0 : badge.width() + style.pad;
        double x = style.chipBar + style.pad + (badge.isEmpty() ? 0 : badgeWidth + style.pad * 0.6);
        double row = Math.max(badge.height(), style.icon);
        double y = style.pad;
        List<Mark> placed = new ArrayList<>();
        for (TouchpointRole role : TouchpointRole.values()) {
            if (!touchpoint.roles().contains(role)) {
                continue;
            }
            if (x + style.icon > style.column - style.pad) {
                x = style.chipBar + style.pad;
                y += row + style.pad * 0.4;
            }
            placed.add(new Mark(role, x, y + (row - style.icon) / 2));
            x += style.icon + style.pad * 0.5;
        }
        this.marks = List.copyOf(placed);
        boolean hasHeader = !badge.isEmpty() || !marks.isEmpty();
        this.headerHeight = hasHeader ? y + row - style.pad : 0;
        String title = touchpoint.name().isBlank() ? style.texts.get("map.untitled") : touchpoint.name();
        this.name = style.wrap(title, style.bold, style.column - style.chipBar - 2 * style.pad);
        this.nameY = style.pad + (hasHeader ? headerHeight + style.pad * 0.6 : 0);
        this.chipHeight = nameY + name.height() + style.pad;

        this.pains = notes(touchpoint.painPoints(), style);
        this.painHeight = height(pains);
        this.ideas = notes(touchpoint.opportunities(), style);
        this.ideaHeight = height(ideas);
    }

    /** The width a note's text gets: the column less the card padding and the bullet. */
    static double noteTextWidth(MapStyle style) {
        return style.column - 3 * style.pad - bulletSize(style);
    }

    static double bulletSize(MapStyle style) {
        return style.pad * 0.9;
    }

    private static List<Note> notes(List<String> texts, MapStyle style) {
        List<Note> notes = new ArrayList<>();
        double y = 0;
        for (String text : texts) {
            if (text.isBlank()) {
                continue;
            }
            TextBlock block = style.wrap(text, style.small, noteTextWidth(style));
            double height = block.height() + 2 * style.pad * 0.8;
            notes.add(new Note(block, y, height));
            y += height + style.cardGap;
        }
        return List.copyOf(notes);
    }

    private static double height(List<Note> notes) {
        return notes.isEmpty() ? 0 : notes.getLast().y() + notes.getLast().height();
    }

    /** The content height this column needs in a lane (without the lane's padding). */
    double need(Lane lane) {
        return switch (lane) {
            case ACTIONS -> actionHeight;
            case TOUCHPOINTS -> chipHeight;
            case PAIN_POINTS -> painHeight;
            case OPPORTUNITIES -> ideaHeight;
            case STAGES, EMOTIONS -> 0;
        };
    }
}
