package com.motstudio.report.map;

import com.motstudio.model.Channel;
import com.motstudio.report.map.TouchpointColumn.Mark;
import com.motstudio.report.map.TouchpointColumn.Note;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/** Paints one touchpoint's column: its action card, its chip and its pain-point and opportunity notes. */
final class ChipPainter {
    private ChipPainter() {}

    /** Paints the parts of the column in the lanes the clip shows. */
    static void paint(Graphics2D g, JourneyMap map, TouchpointColumn column, double x, boolean selected, Rectangle2D clip) {
        MapStyle s = map.style;
        LaneGrid lanes = map.lanes;
        if (!column.action.isEmpty() && lanes.shows(Lane.ACTIONS, clip)) {
            double top = lanes.top(Lane.ACTIONS) + s.lanePad;
            card(g, s, x, top, s.column, column.actionHeight, Palette.CARD, Palette.CARD_EDGE);
            g.setColor(Palette.INK);
            column.action.draw(g, x + s.pad, top + s.pad);
        }
        if (lanes.shows(Lane.TOUCHPOINTS, clip)) {
            chip(g, s, column, x, map.chipTop(), selected);
        }
        if (lanes.shows(Lane.PAIN_POINTS, clip)) {
            notes(g, s, column.pains, x, lanes.top(Lane.PAIN_POINTS) + s.lanePad,
                    Palette.PAIN_FILL, Palette.PAIN_EDGE, Palette.PAIN_MARK);
        }
        if (lanes.shows(Lane.OPPORTUNITIES, clip)) {
            notes(g, s, column.ideas, x, lanes.top(Lane.OPPORTUNITIES) + s.lanePad,
                    Palette.IDEA_FILL, Palette.IDEA_EDGE, Palette.IDEA_MARK);
        }
    }

    private static void chip(Graphics2D g, MapStyle s, TouchpointColumn column, double x, double y, boolean selected) {
        Channel channel = column.touchpoint.channel();
        double arc = s.pad * 1.4;
        Shape body = new RoundRectangle2D.Double(x, y, s.column, column.chipHeight, arc, arc);
        Shape bar = leftBar(x, y, s.column, column.chipHeight, arc, s.chipBar);
        if (selected) {
            g.setColor(Palette.fillOf(channel));
            g.fill(body);
            g.setColor(Palette.of(channel));
            g.fill(bar);
            g.setStroke(new BasicStroke((float) (s.pad * 0.55)));
            g.setColor(Palette.SELECTED);
            g.draw(body);
        } else {
            // the outline is the bar's colour, so the bar may cover its inner half on the left
            OutlinedShapes.fillAndDraw(g, body, Palette.fillOf(channel), Palette.of(channel), HAIRLINE);
            g.fill(bar);
        }
        if (!column.badge.isEmpty()) {
            badge(g, s, column.badge, x + s.chipBar + s.pad, y + s.pad, column.badgeWidth,
                    Math.max(column.badge.height(), s.icon));
        }
        for (Mark mark : column.marks) {
            RoleMarks.draw(g, mark.role(), x + mark.x(), y + mark.y(), s.icon);
        }
        g.setColor(Palette.INK);
        column.name.draw(g, x + s.chipBar + s.pad, y + column.nameY);
    }

    /** The bezier factor of a quarter circle, the one {@link RoundRectangle2D} draws its corners with. */
    private static final double QUARTER = 0.5522847498307933;

    /**
     * The part of a rounded box left of x + bar: the channel's colour bar. Built as a path rather than
     * by clipping to the box, because every clip is a saved state and an area intersection in a PDF.
     */
    static Shape leftBar(double x, double y, double w, double h, double arc, double bar) {
        double r = Math.min(arc, Math.min(w, h)) / 2;
        if (bar < r || bar > w - r) {
            Area area = new Area(new Rectangle2D.Double(x, y, bar, h));
            area.intersect(new Area(new RoundRectangle2D.Double(x, y, w, h, arc, arc)));
            return area;
        }
        double k = r * (1 - QUARTER);
        Path2D path = new Path2D.Double();
        path.moveTo(x, y + r);
        path.curveTo(x, y + k, x + k, y, x + r, y);
        path.lineTo(x + bar, y);
        path.lineTo(x + bar, y + h);
        path.lineTo(x + r, y + h);
        path.curveTo(x + k, y + h, x, y + h - k, x, y + h - r);
        path.closePath();
        return path;
    }

    /** A phase badge: white text on a dark rounded box, the text centred in it. */
    static void badge(Graphics2D g, MapStyle s, TextBlock text, double x, double y, double width, double height) {
        g.setColor(Palette.BADGE_FILL);
        g.fill(new RoundRectangle2D.Double(x, y, width, height, height * 0.6, height * 0.6));
        g.setColor(Color.WHITE);
        text.drawCentred(g, x + width / 2, y + (height - text.height()) / 2);
    }

    private static void notes(Graphics2D g, MapStyle s, List<Note> notes, double x, double top,
                              Color fill, Color edge, Color mark) {
        double bullet = TouchpointColumn.bulletSize(s);
        for (Note note : notes) {
            double y = top + note.y();
            card(g, s, x, y, s.column, note.height(), fill, edge);
            g.setColor(mark);
            double by = y + s.pad * 0.8 + note.text().ascent() - bullet * 0.9;
            if (mark == Palette.PAIN_MARK) {
                g.fill(new Ellipse2D.Double(x + s.pad, by, bullet, bullet));
            } else {
                g.fill(diamond(x + s.pad + bullet / 2, by + bullet / 2, bullet * 0.62));
            }
            g.setColor(Palette.INK);
            note.text().draw(g, x + 2 * s.pad + bullet, y + s.pad * 0.8);
        }
    }

    private static Shape diamond(double cx, double cy, double r) {
        Path2D d = new Path2D.Double();
        d.moveTo(cx, cy - r);
        d.lineTo(cx + r, cy);
        d.lineTo(cx, cy + r);
        d.lineTo(cx - r, cy);
        d.closePath();
        return d;
    }

    private static final BasicStroke HAIRLINE = new BasicStroke(1f);

    static void card(Graphics2D g, MapStyle s, double x, double y, double w, double h, Color fill, Color edge) {
        OutlinedShapes.fillAndDraw(g, new RoundRectangle2D.Double(x, y, w, h, s.pad, s.pad), fill, edge, HAIRLINE);
    }
}
