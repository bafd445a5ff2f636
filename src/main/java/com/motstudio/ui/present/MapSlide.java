package com.motstudio.ui.present;

import com.motstudio.report.map.JourneyMap;
import com.motstudio.report.map.MapPainter;
import com.motstudio.ui.common.ChartCanvas;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * The journey map as a slide: the whole map fitted to the slide, or one stage as large as the
 * slide allows with the lane titles kept at its left.
 */
final class MapSlide implements ChartCanvas.Painter {
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
        Rectangle2D column = map.stageBounds(stage);
        double titles = map.stageBounds(0).getMinX(); // the margin and the lane-title column before the first stage
        double margin = map.margin();
        double needWidth = titles + column.getWidth() + margin;
        double needHeight = column.getMaxY() + margin;
        double zoom = Math.min(width / needWidth, height / needHeight);
        double left = (width - needWidth * zoom) / 2;
        Graphics2D stageG = (Graphics2D) g.create();
        try {
            stageG.translate(left, 0);
            stageG.scale(zoom, zoom);
            stageG.translate(titles - column.getMinX(), 0);
            stageG.clip(new Rectangle2D.Double(column.getMinX() - margin / 2, 0, column.getWidth() + margin, needHeight));
            MapPainter.paint(stageG, map, null);
        } finally {
            stageG.dispose();
        }
        Graphics2D titleG = (Graphics2D) g.create();
        try {
            titleG.translate(left, 0);
            titleG.scale(zoom, zoom);
            titleG.clip(new Rectangle2D.Double(0, 0, titles - margin / 2, needHeight));
            MapPainter.paintTitles(titleG, map);
        } finally {
            titleG.dispose();
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
}
