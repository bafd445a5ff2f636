package com.motstudio.ui.present;

import com.motstudio.report.map.JourneyMap;
import com.motstudio.report.map.Lane;
import com.motstudio.report.map.MapPainter;
import com.motstudio.ui.common.ChartCanvas;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The journey map as a slide, as large as the slide allows, the lane titles at the left of every
 * piece. A map is wide and a slide is not: the whole map is cut into up to three rows of stages,
 * one above the other; a stage column is tall, so a narrow stage is shown in two panels side by
 * side, its upper lanes (down to the emotion curve) beside its header and lower lanes. Each
 * arrangement is tried and the one that draws the map largest is kept.
 */
final class MapSlide implements ChartCanvas.Painter {
    /** How many rows the whole map may be cut into. */
    private static final int MAX_ROWS = 3;

    /** Stages from first to last (counting from 0) and the lanes from y0 to y1, in map units. */
    private record Piece(int first, int last, double y0, double y1) {
        double height() {
            return y1 - y0;
        }
    }

    /** A piece placed on the slide: its top-left corner and the zoom. */
    private record Placed(Piece piece, double x, double y, double zoom) {}

    private final JourneyMap map;
    private final int stage;

    /** stage counts from 0; -1 shows the whole map. */
    MapSlide(JourneyMap map, int stage) {
        this.map = map;
        this.stage = stage;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        for (Placed p : place(width, height)) {
            paintPiece(g, p);
        }
    }

    /** The stage under a point of the slide when it shows the whole map, or -1. */
    int stageAt(double x, double y, double width, double height) {
        if (stage >= 0) {
            return -1;
        }
        for (Placed p : place(width, height)) {
            double mapX = (x - p.x()) / p.zoom() - titlesWidth() + map.stageBounds(p.piece().first()).getMinX();
            double mapY = (y - p.y()) / p.zoom() + p.piece().y0();
            for (int i = p.piece().first(); i <= p.piece().last(); i++) {
                if (mapY >= p.piece().y0() && mapY <= p.piece().y1() && map.stageBounds(i).contains(mapX, mapY)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The arrangement that draws the map largest: columns side by side, each a stack of pieces. */
    private List<Placed> place(double width, double height) {
        List<List<List<Piece>>> choices = new ArrayList<>();
        if (stage >= 0) {
            choices.add(List.of(List.of(piece(stage, stage, Lane.STAGES, Lane.OPPORTUNITIES))));
            choices.add(List.of(List.of(piece(stage, stage, Lane.STAGES, Lane.EMOTIONS)),
                    List.of(piece(stage, stage, Lane.STAGES, Lane.STAGES), piece(stage, stage, Lane.PAIN_POINTS, Lane.OPPORTUNITIES))));
        } else {
            for (int rows = 1; rows <= Math.min(MAX_ROWS, map.stageCount()); rows++) {
                choices.add(List.of(rows(rows)));
            }
        }
        List<List<Piece>> best = choices.getFirst();
        for (List<List<Piece>> choice : choices) {
            if (zoom(choice, width, height) > zoom(best, width, height)) {
                best = choice;
            }
        }
        double zoom = zoom(best, width, height);
        double total = best.stream().mapToDouble(this::columnWidth).sum() * zoom;
        double tallest = best.stream().mapToDouble(c -> c.stream().mapToDouble(Piece::height).sum()).max().orElse(0) * zoom;
        List<Placed> placed = new ArrayList<>();
        double x = (width - total) / 2;
        for (List<Piece> column : best) {
            double y = (height - tallest) / 2;
            for (Piece piece : column) {
                placed.add(new Placed(piece, x, y, zoom));
                y += piece.height() * zoom;
            }
            x += columnWidth(column) * zoom;
        }
        return placed;
    }

    /** The whole map cut into rows of stages of about equal width, all lanes in each. */
    private List<Piece> rows(int count) {
        double all = map.stageBounds(map.stageCount() - 1).getMaxX() - map.stageBounds(0).getMinX();
        List<Piece> rows = new ArrayList<>();
        int first = 0;
        for (int row = 1; row <= count && first < map.stageCount(); row++) {
            int last = first;
            double limit = map.stageBounds(0).getMinX() + all * row / count;
            while (last + 1 < map.stageCount() && (row == count || map.stageBounds(last + 1).getCenterX() <= limit)) {
                last++;
            }
            rows.add(piece(first, last, Lane.STAGES, Lane.OPPORTUNITIES));
            first = last + 1;
        }
        return rows;
    }

    private double zoom(List<List<Piece>> columns, double width, double height) {
        double wide = columns.stream().mapToDouble(this::columnWidth).sum();
        double tallest = columns.stream().mapToDouble(c -> c.stream().mapToDouble(Piece::height).sum()).max().orElse(1);
        return Math.min(width / wide, height / tallest);
    }

    /** The lanes from first to last of some stages, with a little of the gap around them. */
    private Piece piece(int firstStage, int lastStage, Lane first, Lane last) {
        double gap = map.margin() / 3;
        return new Piece(firstStage, lastStage, map.laneBounds(first).getMinY() - gap, map.laneBounds(last).getMaxY() + gap);
    }

    /** The lane titles, the widest piece's stages and a margin, in map units. */
    private double columnWidth(List<Piece> column) {
        return column.stream().mapToDouble(p -> titlesWidth() + stagesWidth(p) + map.margin()).max().orElse(0);
    }

    private double stagesWidth(Piece p) {
        return map.stageBounds(p.last()).getMaxX() - map.stageBounds(p.first()).getMinX();
    }

    /** The margin and the lane-title column before the first stage. */
    private double titlesWidth() {
        return map.stageBounds(0).getMinX();
    }

    /** A piece's stages and the lane titles beside them. */
    private void paintPiece(Graphics2D g, Placed p) {
        Piece piece = p.piece();
        double left = map.stageBounds(piece.first()).getMinX();
        double titles = titlesWidth();
        Graphics2D stageG = (Graphics2D) g.create();
        try {
            stageG.translate(p.x(), p.y());
            stageG.scale(p.zoom(), p.zoom());
            stageG.translate(titles - left, -piece.y0());
            // a map unit either side: the neighbouring stages stay out
            stageG.clip(new Rectangle2D.Double(left - 1, piece.y0(), stagesWidth(piece) + 2, piece.height()));
            MapPainter.paint(stageG, map, null);
        } finally {
            stageG.dispose();
        }
        Graphics2D titleG = (Graphics2D) g.create();
        try {
            titleG.translate(p.x(), p.y());
            titleG.scale(p.zoom(), p.zoom());
            titleG.translate(0, -piece.y0());
            titleG.clip(new Rectangle2D.Double(0, piece.y0(), titles - map.margin() / 2, piece.height()));
            MapPainter.paintTitles(titleG, map);
        } finally {
            titleG.dispose();
        }
    }
}
