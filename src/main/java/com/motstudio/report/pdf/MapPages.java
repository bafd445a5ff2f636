package com.motstudio.report.pdf;

import com.motstudio.model.Workshop;
import com.motstudio.report.map.JourneyMap;
import com.motstudio.report.map.Lane;
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
            pages.drawing((g, w, h) -> paint(g, whole, scale, 0, whole.width(), 0, 0, whole.height()), width,
                    (float) (whole.height() * scale));
            return;
        }
        // Parts at the minimum text size, each on a page of its own, cut between stages; a map whose lanes are
        // taller than a page is also cut between lanes (the lower part repeats the stage header).
        // The heading's page holds the note and the legend, wrapped to the page's width, before the parts.
        double full = pages.height() - Pages.IMAGE_SLACK;
        List<double[]> bands = bands(whole, full / minimum);
        double tallest = bands.stream().mapToDouble(MapPages::height).max().orElse(whole.legendTop());
        double scale = Math.min(minimum, full / tallest);
        double titles = whole.stageCount() == 0 ? 0 : whole.stageBounds(0).getMinX();
        List<double[]> slices = slices(whole, width / scale - titles, titles);
        double legendWidth = width / scale;
        JourneyMap map = whole.withLegendWidth(legendWidth - 2 * whole.margin());
        pages.note(pages.texts.format("export.map.split", slices.size() * bands.size(), scale * MapOptions.DEFAULT_SIZE * SMALLEST));
        double legendHeight = map.height() - map.legendTop();
        pages.drawing((g, w, h) -> {
            g.scale(scale, scale);
            g.translate(0, -map.legendTop());
            g.setClip(new Rectangle2D.Double(0, map.legendTop(), legendWidth, legendHeight));
            MapPainter.paint(g, map, null);
        }, width, (float) (legendHeight * scale));
        for (double[] slice : slices) {
            for (double[] band : bands) {
                double from = slice[0];
                double to = slice[1];
                double tall = height(band);
                if (pages.room() < tall * scale + Pages.IMAGE_SLACK) {
                    pages.newPage();
                }
                pages.drawing((g, w, h) -> paintBand(g, map, scale, from, to, titles, band),
                        (float) ((from == 0 ? to : titles + to - from) * scale), (float) (tall * scale));
            }
        }
    }

    /**
     * The y ranges printed together, as {top, bottom, top, bottom, …}: the whole map above the legend,
     * or, when that is taller than {@code room}, the upper lanes and then the stage header with the lower lanes.
     */
    private static List<double[]> bands(JourneyMap map, double room) {
        if (map.legendTop() <= room || map.stageCount() == 0) {
            return List.of(new double[] {0, map.legendTop()});
        }
        double cut = map.laneBounds(Lane.PAIN_POINTS).getMinY() - 1;
        Rectangle2D header = map.laneBounds(Lane.STAGES);
        return List.of(new double[] {0, cut}, new double[] {0, header.getMaxY() + 2, cut, map.legendTop()});
    }

    private static double height(double[] band) {
        double sum = 0;
        for (int i = 0; i < band.length; i += 2) {
            sum += band[i + 1] - band[i];
        }
        return sum;
    }

    /** Paints the y ranges of a band one under the other. */
    private static void paintBand(Graphics2D g, JourneyMap map, double scale, double from, double to, double titles, double[] band) {
        double offset = 0;
        for (int i = 0; i < band.length; i += 2) {
            double top = band[i];
            double bottom = band[i + 1];
            Graphics2D part = (Graphics2D) g.create();
            part.scale(scale, scale);
            part.translate(0, offset - top);
            part.clip(new Rectangle2D.Double(0, top, map.width() + titles, bottom - top));
            paint(part, map, 1, from, to, titles, top, bottom);
            part.dispose();
            offset += bottom - top;
        }
    }

    /** Paints map x from..to (the lane titles before it when from > 0) and y top..bottom at the scale. */
    private static void paint(Graphics2D g, JourneyMap map, double scale, double from, double to, double titles, double top,
                              double bottom) {
        g.scale(scale, scale);
        if (from == 0) {
            g.clip(new Rectangle2D.Double(0, top, to, bottom - top));
            MapPainter.paint(g, map, null);
            return;
        }
        Graphics2D stages = (Graphics2D) g.create();
        stages.translate(titles - from, 0);
        stages.clip(new Rectangle2D.Double(from, top, to - from, bottom - top));
        MapPainter.paint(stages, map, null);
        stages.dispose();
        Graphics2D titleColumn = (Graphics2D) g.create();
        titleColumn.clip(new Rectangle2D.Double(0, top, titles, bottom - top));
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
