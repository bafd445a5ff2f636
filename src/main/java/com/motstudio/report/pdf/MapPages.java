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
    static final float MIN_TEXT = 5.5f;
    /** The map's smallest text relative to its base font (its small text: notes, callouts, legend). */
    private static final float SMALLEST = 0.82f;

    private MapPages() {}

    /** Room the chapter heading takes above the first part of the map. */
    private static final float HEADING = 40f;

    /** Starts a landscape chapter with the given title and prints the map under it. */
    static void write(Pages pages, Workshop workshop, List<String> customerTypeIds, String title) {
        JourneyMap whole = new MapLayout().layout(workshop, MapOptions.of(pages.texts, customerTypeIds));
        pages.chapter(title, true);
        float width = pages.width();
        float underHeading = pages.height() - HEADING - Pages.IMAGE_SLACK;
        double fit = Math.min(width / whole.width(), underHeading / whole.height());
        double minimum = MIN_TEXT / (MapOptions.DEFAULT_SIZE * SMALLEST);
        if (fit >= minimum) {
            double scale = Math.min(fit, 1);
            pages.drawing((g, w, h) -> paint(g, whole, scale, 0, whole.width(), 0), width, (float) (whole.height() * scale));
            return;
        }
        // parts at the minimum text size, each on a page of its own; only a map too tall for a page goes below it.
        // The heading's page holds the note and the legend, wrapped to the page's width, before the parts.
        double scale = Math.min(minimum, (pages.height() - Pages.IMAGE_SLACK) / whole.legendTop());
        double titles = whole.stageCount() == 0 ? 0 : whole.stageBounds(0).getMinX();
        List<double[]> slices = slices(whole, width / scale - titles, titles);
        double legendWidth = width / scale;
        JourneyMap map = whole.withLegendWidth(legendWidth - 2 * whole.margin());
        pages.note(pages.texts.format("export.map.split", slices.size(), scale * MapOptions.DEFAULT_SIZE * SMALLEST));
        double legendHeight = map.height() - map.legendTop();
        pages.drawing((g, w, h) -> {
            g.scale(scale, scale);
            g.translate(0, -map.legendTop());
            g.setClip(new Rectangle2D.Double(0, map.legendTop(), legendWidth, legendHeight));
            MapPainter.paint(g, map, null);
        }, width, (float) (legendHeight * scale));
        for (double[] slice : slices) {
            double from = slice[0];
            double to = slice[1];
            if (pages.room() < map.legendTop() * scale + Pages.IMAGE_SLACK) {
                pages.newPage();
            }
            pages.drawing((g, w, h) -> paint(g, map, scale, from, to, titles), (float) ((from == 0 ? to : titles + to - from) * scale),
                    (float) (map.legendTop() * scale));
        }
    }

    private static void paint(Graphics2D g, JourneyMap map, double scale, double from, double to, double titles) {
        g.scale(scale, scale);
        if (from == 0) {
            g.setClip(new Rectangle2D.Double(0, 0, to, map.legendTop()));
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
