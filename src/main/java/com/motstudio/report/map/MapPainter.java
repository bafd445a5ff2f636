package com.motstudio.report.map;

import com.motstudio.report.map.LaneTitles.Summary;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * Paints a journey map onto any Graphics2D (screen image, PNG, PDF) with vector shapes and text
 * only. Only what the Graphics2D's clip shows is painted, so a viewport of a very large map is fast.
 */
public final class MapPainter {
    private static final Color SELECTED_BAND = new Color(255, 179, 0, 40);

    private MapPainter() {}

    /** Paints the map in map units; selectedId (may be null) is highlighted. */
    public static void paint(Graphics2D g, JourneyMap map, String selectedId) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            hints(g2);
            Rectangle2D whole = new Rectangle2D.Double(0, 0, map.width(), map.height());
            // the clip's own bounds, not getClipBounds(): whole units, rounded out, would show a lane the clip stops short of
            java.awt.Shape shown = g2.getClip();
            Rectangle2D clip = shown == null ? whole : shown.getBounds2D().createIntersection(whole);
            if (clip.isEmpty()) {
                return;
            }
            g2.setColor(Color.WHITE);
            g2.fill(clip);
            MapStyle s = map.style;
            g2.setColor(Palette.INK);
            if (clip.getMinY() <= s.margin + map.heading.height() && clip.getMinX() <= s.margin + map.heading.width()) {
                map.heading.draw(g2, s.margin, s.margin);
            }
            int first = map.firstStageFrom(clip.getMinX());
            int last = first;
            for (int i = first; i < map.stages.size() && map.stageX[i] <= clip.getMaxX(); i++) {
                StagePainter.paint(g2, map, i, clip, selectedId);
                last = i;
            }
            if (!map.stages.isEmpty() && first < map.stages.size()) {
                double left = Math.max(clip.getMinX(), map.stageX[first]);
                double right = Math.min(clip.getMaxX(), map.stageX[last] + map.stages.get(last).width);
                CurvePainter.scale(g2, map, left, right);
                laneRules(g2, map, left, right);
            }
            if (map.lanes.shows(Lane.EMOTIONS, clip)) {
                CurvePainter.paint(g2, map, clip);
            }
            if (clip.getMinX() <= s.margin + s.titleColumn) {
                paintTitles(g2, map);
            }
            if (clip.getMaxY() > map.legendY) {
                LegendPainter.paint(g2, map, s.margin, map.legendY);
            }
        } finally {
            g2.dispose();
        }
    }

    /**
     * Paints only the lane-title column, for a view that keeps it in place while the stages scroll
     * under it: call after {@link #paint} with the transform moved so the column sits at the left.
     */
    public static void paintTitles(Graphics2D g, JourneyMap map) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            hints(g2);
            MapStyle s = map.style;
            double x = s.margin;
            for (Lane lane : Lane.values()) {
                double top = map.lanes.top(lane);
                double height = map.lanes.height(lane);
                g2.setColor(Color.WHITE);
                g2.fill(new Rectangle2D.Double(0, top - s.laneGap, x + s.titleColumn + s.stageGap * 0.6, height + 2 * s.laneGap));
                g2.setColor(lane == Lane.STAGES ? Palette.STAGE_FILL : Palette.TITLE_FILL);
                g2.fill(new RoundRectangle2D.Double(x, top, s.titleColumn, height, s.pad * 1.2, s.pad * 1.2));
                g2.setColor(lane == Lane.STAGES ? Palette.STAGE_TEXT : Palette.INK);
                double textTop = lane == Lane.STAGES ? top + (height - map.titles.need(lane)) / 2 : top + s.lanePad;
                map.titles.titles.get(lane).draw(g2, x + s.pad, textTop);
            }
            curveTitles(g2, map, x);
        } finally {
            g2.dispose();
        }
    }

    private static void curveTitles(Graphics2D g, JourneyMap map, double x) {
        MapStyle s = map.style;
        double top = map.lanes.top(Lane.EMOTIONS) + s.lanePad;
        List<Summary> summaries = map.titles.summaries;
        for (Summary summary : summaries) {
            double y = top + summary.y();
            Color colour = Palette.curve(summary.curve());
            g.setColor(colour);
            g.setStroke(new BasicStroke((float) (s.pad * 0.45), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double mid = y + summary.name().lineHeight() / 2;
            g.draw(new Line2D.Double(x + s.pad, mid, x + s.pad + map.titles.swatch, mid));
            double textX = x + s.pad + map.titles.swatch + s.pad * 0.5;
            g.setColor(Palette.INK);
            summary.name().draw(g, textX, y);
            g.setColor(colour);
            summary.estimate().draw(g, textX, y + summary.name().height());
        }
        TextBlock sample = s.value(0);
        double right = x + s.titleColumn - s.pad * 0.6;
        g.setColor(Palette.MUTED);
        g.setFont(s.small);
        for (int score : new int[]{5, 0, -5}) {
            String text = EmotionCurve.signed(score);
            double width = TextBlock.measure(text, s.small, s.frc());
            double baseline = map.scale.y(score) - sample.lineHeight() / 2 + sample.ascent();
            g.drawString(text, (float) (right - width), (float) baseline);
        }
    }

    private static void laneRules(Graphics2D g, JourneyMap map, double left, double right) {
        g.setColor(Palette.RULE);
        g.setStroke(new BasicStroke(0.8f));
        for (Lane lane : Lane.values()) {
            if (lane != Lane.STAGES) {
                double y = map.lanes.bottom(lane) + map.style.laneGap / 2;
                g.draw(new Line2D.Double(left, y, right, y));
            }
        }
    }

    /** Highlights the selected column behind its content. */
    static void selectedBand(Graphics2D g, JourneyMap map, double x) {
        MapStyle s = map.style;
        double top = map.lanes.top(Lane.ACTIONS);
        g.setColor(SELECTED_BAND);
        g.fill(new RoundRectangle2D.Double(x - s.columnGap * 0.4, top, s.column + s.columnGap * 0.8,
                map.lanes.bottom() - top, s.pad, s.pad));
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** The transform that shows map point (mapX, mapY) at the view's top-left corner at a zoom. */
    public static AffineTransform view(double zoom, double mapX, double mapY) {
        AffineTransform transform = AffineTransform.getScaleInstance(zoom, zoom);
        transform.translate(-mapX, -mapY);
        return transform;
    }
}
