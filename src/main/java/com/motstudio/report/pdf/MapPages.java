package com.motstudio.report.pdf;

import com.motstudio.model.Workshop;
import com.motstudio.report.map.JourneyMap;
import com.motstudio.report.map.MapLayout;
import com.motstudio.report.map.MapOptions;
import com.motstudio.report.map.MapPainter;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The journey map on landscape pages, as vectors. It is scaled to fit one page as long as its
 * smallest text stays at least {@link #MIN_TEXT} points; a wider map keeps that size and is split
 * at stage boundaries (a stage wider than a page is split inside), each page repeating the lane titles.
 */
final class MapPages {
    /** The smallest text size of the map on paper, in points. */
    static final float MIN_TEXT = 6.5f;
    /** The map's smallest text relative to its base font (callouts and legend are drawn at about 0.8 of it). */
    private static final float SMALLEST = 0.8f;

    private MapPages() {}

    static void write(Pages pages, Workshop workshop, List<String> customerTypeIds) {
        JourneyMap whole = new MapLayout().layout(workshop, MapOptions.of(pages.texts, customerTypeIds));
        float width = pages.width();
        float height = pages.room() - 20;
        double fit = Math.min(width / whole.width(), height / whole.height());
        double minimum = MIN_TEXT / (MapOptions.DEFAULT_SIZE * SMALLEST);
        if (fit >= minimum) {
            double scale = Math.min(fit, 1);
            pages.drawing((g, w, h) -> paint(g, whole, scale, 0, whole.width(), 0), width, (float) (whole.height() * scale));
            return;
        }
        // at most the minimum text size, and small enough that a slice fits under the chapter's heading
        double first = Math.min(minimum, height / whole.height());
        double titles = whole.stageCount() == 0 ? 0 : whole.stageBounds(0).getMinX();
        List<double[]> slices = slices(whole, width / first - titles, titles);
        // the legend wraps to the first slice, the only one that shows it; the taller map may need a little less scale
        JourneyMap map = whole.withLegendWidth(slices.getFirst()[1] - 2 * titles / 3);
        double scale = Math.min(first, height / map.height());
        pages.note(pages.texts.format("export.map.split", slices.size()));
        for (double[] slice : slices) {
            double from = slice[0];
            double to = slice[1];
            double tall = from == 0 ? map.height() : map.legendTop();
            if (pages.room() < tall * scale) {
                pages.newPage();
            }
            pages.drawing((g, w, h) -> paint(g, map, scale, from, to, titles), (float) ((from == 0 ? to : titles + to - from) * scale),
                    (float) (tall * scale));
        }
    }

    private static void paint(Graphics2D g, JourneyMap map, double scale, double from, double to, double titles) {
        g.scale(scale, scale);
        if (from == 0) {
            g.setClip(new Rectangle2D.Double(0, 0, to, map.height()));
            MapPainter.paint(g, map, null);
            return;
        }
        Graphics2D stages = (Graphics2D) g.create();
        stages.translate(titles - from, 0);
        stages.setClip(new Rectangle2D.Double(from, 0, to - from, map.legendTop()));
        MapPainter.paint(stages, map, null);
        stages.dispose();
        Graphics2D titleColumn = (Graphics2D) g.create();
        titleColumn.setClip(new Rectangle2D.Double(0, 0, titles, map.legendTop()));
        MapPainter.paintTitles(titleColumn, map);
        titleColumn.dispose();
    }

    /** Ranges of map x that fit the room beside the titles, cut between stages where possible; the first starts at 0. */
    private static List<double[]> slices(JourneyMap map, double room, double titles) {
        List<double[]> slices = new ArrayList<>();
        double start = 0;
        double end = titles;
        for (int i = 0; i < map.stageCount(); i++) {
            Rectangle2D stage = map.stageBounds(i);
            double limit = start == 0 ? room + titles : room;
            if (stage.getMaxX() - start <= limit) {
                end = stage.getMaxX();
                continue;
            }
            if (end > (start == 0 ? titles : start)) {
                slices.add(new double[] {start, end});
                start = stage.getMinX();
                limit = room;
            }
            while (stage.getMaxX() - start > limit) {
                slices.add(new double[] {start, start + limit});
                start += limit;
                limit = room;
            }
            end = stage.getMaxX();
        }
        double limit = start == 0 ? room + titles : room;
        slices.add(new double[] {start, Math.min(start + limit, map.width())});
        return slices;
    }
}
