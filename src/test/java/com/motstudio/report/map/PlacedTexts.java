package com.motstudio.report.map;

import com.motstudio.report.map.EmotionCurve.Callout;
import com.motstudio.report.map.LaneTitles.Summary;
import com.motstudio.report.map.Legend.Entry;
import com.motstudio.report.map.TouchpointColumn.Note;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** Every text of a map with the box the painter draws it in, found the way the painters place it. */
final class PlacedTexts {
    /** A text whose lines start at (x, y) and must stay inside box. */
    record Placed(String what, TextBlock text, double x, double y, Rectangle2D box, boolean centred) {}

    private PlacedTexts() {}

    static List<Placed> of(JourneyMap map) {
        MapStyle s = map.style;
        List<Placed> all = new ArrayList<>();
        all.add(new Placed("heading", map.heading, s.margin, s.margin,
                new Rectangle2D.Double(s.margin, s.margin, map.width() - 2 * s.margin, map.heading.height()), false));
        for (int i = 0; i < map.stages.size(); i++) {
            StageColumn stage = map.stages.get(i);
            double x = map.stageX[i];
            double top = map.lanes.top(Lane.STAGES);
            Rectangle2D header = new Rectangle2D.Double(x, top, stage.width, map.lanes.height(Lane.STAGES));
            all.add(new Placed("stage name", stage.name, x + s.pad, top + s.pad, header, false));
            all.add(new Placed("stage description", stage.description, x + s.pad,
                    top + s.pad + stage.name.height() + s.pad * 0.4, header, false));
            for (int c = 0; c < stage.columns.size(); c++) {
                column(all, map, stage.columns.get(c), x + s.columnX(c));
            }
        }
        for (EmotionCurve curve : map.curves) {
            for (Callout callout : curve.callouts()) {
                all.add(new Placed("callout", callout.text(), callout.box().getCenterX(), callout.box().getY() + s.pad / 2,
                        callout.box(), true));
            }
        }
        for (Lane lane : Lane.values()) {
            Rectangle2D cell = new Rectangle2D.Double(s.margin, map.lanes.top(lane), s.titleColumn, map.lanes.height(lane));
            double top = lane == Lane.STAGES ? cell.getY() + (cell.getHeight() - map.titles.need(lane)) / 2
                    : cell.getY() + s.lanePad;
            all.add(new Placed("lane title", map.titles.titles.get(lane), s.margin + s.pad, top, cell, false));
        }
        Rectangle2D emotions = new Rectangle2D.Double(s.margin, map.lanes.top(Lane.EMOTIONS), s.titleColumn,
                map.lanes.height(Lane.EMOTIONS));
        for (Summary summary : map.titles.summaries) {
            double x = s.margin + s.pad + map.titles.swatch + s.pad * 0.5;
            double y = map.lanes.top(Lane.EMOTIONS) + s.lanePad + summary.y();
            all.add(new Placed("type name", summary.name(), x, y, emotions, false));
            all.add(new Placed("estimate", summary.estimate(), x, y + summary.name().height(), emotions, false));
        }
        Rectangle2D page = new Rectangle2D.Double(s.margin, 0, map.width() - 2 * s.margin, map.height() - s.margin);
        for (Entry entry : map.legend.entries) {
            all.add(new Placed("legend", entry.label(), s.margin + Legend.labelX(entry, s),
                    map.legendY + entry.y() + entry.height() / 2 - entry.label().height() / 2, page, false));
        }
        return all;
    }

    private static void column(List<Placed> all, JourneyMap map, TouchpointColumn column, double x) {
        MapStyle s = map.style;
        if (!column.action.isEmpty()) {
            double top = map.lanes.top(Lane.ACTIONS) + s.lanePad;
            all.add(new Placed("action", column.action, x + s.pad, top + s.pad,
                    new Rectangle2D.Double(x, top, s.column, column.actionHeight), false));
        }
        Rectangle2D chip = map.chipBounds(column.touchpoint.id()).orElseThrow();
        all.add(new Placed("chip name", column.name, x + s.chipBar + s.pad, chip.getY() + column.nameY, chip, false));
        if (!column.badge.isEmpty()) {
            double height = Math.max(column.badge.height(), s.icon);
            Rectangle2D badge = new Rectangle2D.Double(x + s.chipBar + s.pad, chip.getY() + s.pad, column.badgeWidth, height);
            all.add(new Placed("badge", column.badge, badge.getCenterX(),
                    badge.getY() + (height - column.badge.height()) / 2, badge, true));
        }
        notes(all, "pain point", column.pains, map, x, map.lanes.top(Lane.PAIN_POINTS) + s.lanePad);
        notes(all, "opportunity", column.ideas, map, x, map.lanes.top(Lane.OPPORTUNITIES) + s.lanePad);
    }

    private static void notes(List<Placed> all, String what, List<Note> notes, JourneyMap map, double x, double top) {
        MapStyle s = map.style;
        for (Note note : notes) {
            Rectangle2D card = new Rectangle2D.Double(x, top + note.y(), s.column, note.height());
            all.add(new Placed(what, note.text(), x + 2 * s.pad + TouchpointColumn.bulletSize(s),
                    card.getY() + s.pad * 0.8, card, false));
        }
    }

    /** Where each line of a placed text is drawn (its advance box, top to bottom). */
    static List<Rectangle2D> lineBoxes(Placed placed, java.awt.font.FontRenderContext frc) {
        List<Rectangle2D> boxes = new ArrayList<>();
        TextBlock text = placed.text();
        for (int i = 0; i < text.lines().size(); i++) {
            double width = TextBlock.measure(text.lines().get(i), text.font(), frc);
            double left = placed.centred() ? placed.x() - width / 2 : placed.x();
            boxes.add(new Rectangle2D.Double(left, placed.y() + i * text.lineHeight(), width, text.lineHeight()));
        }
        return boxes;
    }
}
