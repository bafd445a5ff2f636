package com.motstudio.ui.present;

import com.motstudio.report.map.JourneyMap;
import com.motstudio.report.map.Lane;
import com.motstudio.report.map.MapPainter;
import com.motstudio.ui.common.ChartCanvas;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The journey map as a slide: the whole map fitted to the slide, or one stage as large as the
 * slide allows, the lane titles at its left. A stage column is tall and a slide is wide, so a
 * narrow stage is shown in two panels side by side when that makes it larger: its upper lanes
 * (down to the emotion curve) beside its header and lower lanes (pain points, opportunities).
 */
final class MapSlide implements ChartCanvas.Painter {
    /** A horizontal slice of the map, from y0 to y1 in map units. */
    private record Band(double y0, double y1) {
        double height() {
            return y1 - y0;
        }
    }

    private final JourneyMap map;
    private final int stage;

    /** stage counts from 0; -1 shows the whole map. */
    MapSlide(JourneyMap map, int stage) {
        this.map = map;
        this.stage = stage;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        if (stage < 0) {
            double zoom = map.zoomToFit(width, height);
            g.translate((width - map.width() * zoom) / 2, (height - map.height() * zoom) / 2);
            g.scale(zoom, zoom);
            MapPainter.paint(g, map, null);
            return;
        }
        List<List<Band>> stacked = List.of(List.of(lanes(Lane.STAGES, Lane.OPPORTUNITIES)));
        List<List<Band>> sideBySide = List.of(List.of(lanes(Lane.STAGES, Lane.EMOTIONS)),
                List.of(lanes(Lane.STAGES, Lane.STAGES), lanes(Lane.PAIN_POINTS, Lane.OPPORTUNITIES)));
        List<List<Band>> panels = zoom(sideBySide, width, height) > zoom(stacked, width, height) ? sideBySide : stacked;
        double zoom = zoom(panels, width, height);
        double panelWidth = panelWidth() * zoom;
        double x = (width - panelWidth * panels.size()) / 2;
        for (List<Band> panel : panels) {
            double y = 0;
            for (Band band : panel) {
                paintBand(g, band, x, y, zoom);
                y += band.height() * zoom;
            }
            x += panelWidth;
        }
    }

    /** The stage whose column is under a point of the whole map as this slide draws it, or -1. */
    int stageAt(double x, double y, double width, double height) {
        if (stage >= 0) {
            return -1;
        }
        double zoom = map.zoomToFit(width, height);
        double mapX = (x - (width - map.width() * zoom) / 2) / zoom;
        double mapY = (y - (height - map.height() * zoom) / 2) / zoom;
        for (int i = 0; i < map.stageCount(); i++) {
            if (map.stageBounds(i).contains(mapX, mapY)) {
                return i;
            }
        }
        return -1;
    }

    /** The lanes from first to last, with a little of the gap around them. */
    private Band lanes(Lane first, Lane last) {
        double gap = map.margin() / 3;
        return new Band(map.laneBounds(first).getMinY() - gap, map.laneBounds(last).getMaxY() + gap);
    }

    private double zoom(List<List<Band>> panels, double width, double height) {
        double tallest = panels.stream().mapToDouble(p -> p.stream().mapToDouble(Band::height).sum()).max().orElse(1);
        return Math.min(width / (panelWidth() * panels.size()), height / tallest);
    }

    /** The lane titles, the stage and a margin, in map units. */
    private double panelWidth() {
        return titlesWidth() + map.stageBounds(stage).getWidth() + map.margin();
    }

    /** The margin and the lane-title column before the first stage. */
    private double titlesWidth() {
        return map.stageBounds(0).getMinX();
    }

    /** One band of the stage and of the lane titles, its top-left corner at (x, y) on the slide. */
    private void paintBand(Graphics2D g, Band band, double x, double y, double zoom) {
        Rectangle2D column = map.stageBounds(stage);
        double titles = titlesWidth();
        double margin = map.margin();
        Graphics2D stageG = (Graphics2D) g.create();
        try {
            stageG.translate(x, y);
            stageG.scale(zoom, zoom);
            stageG.translate(titles - column.getMinX(), -band.y0());
            // a map unit either side: the neighbouring stages stay out
            stageG.clip(new Rectangle2D.Double(column.getMinX() - 1, band.y0(), column.getWidth() + 2, band.height()));
            MapPainter.paint(stageG, map, null);
        } finally {
            stageG.dispose();
        }
        Graphics2D titleG = (Graphics2D) g.create();
        try {
            titleG.translate(x, y);
            titleG.scale(zoom, zoom);
            titleG.translate(0, -band.y0());
            titleG.clip(new Rectangle2D.Double(0, band.y0(), titles - margin / 2, band.height()));
            MapPainter.paintTitles(titleG, map);
        } finally {
            titleG.dispose();
        }
    }
}
