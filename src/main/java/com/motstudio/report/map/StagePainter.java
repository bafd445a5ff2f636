package com.motstudio.report.map;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Paints one stage's column: its band, its header, the curve lane's shading and the touchpoints the clip shows. */
final class StagePainter {
    private StagePainter() {}

    static void paint(Graphics2D g, JourneyMap map, int index, Rectangle2D clip, String selectedId) {
        MapStyle s = map.style;
        StageColumn stage = map.stages.get(index);
        double x = map.stageX[index];
        LaneGrid lanes = map.lanes;
        double bandTop = lanes.bottom(Lane.STAGES);
        g.setColor(index % 2 == 0 ? Palette.BAND_ODD : Palette.BAND_EVEN);
        g.fill(new Rectangle2D.Double(x, bandTop, stage.width, lanes.bottom() - bandTop));

        CurveScale scale = map.scale;
        g.setColor(Palette.POSITIVE_AREA);
        g.fill(new Rectangle2D.Double(x, scale.plotTop(), stage.width, scale.y(0) - scale.plotTop()));
        g.setColor(Palette.NEGATIVE_AREA);
        g.fill(new Rectangle2D.Double(x, scale.y(0), stage.width, scale.plotBottom() - scale.y(0)));

        double top = lanes.top(Lane.STAGES);
        if (!lanes.shows(Lane.STAGES, clip)) {
            columns(g, map, stage, x, clip, selectedId);
            return;
        }
        g.setColor(Palette.STAGE_FILL);
        g.fill(new RoundRectangle2D.Double(x, top, stage.width, lanes.height(Lane.STAGES), s.pad * 1.2, s.pad * 1.2));
        g.setColor(Palette.STAGE_TEXT);
        stage.name.draw(g, x + s.pad, top + s.pad);
        if (!stage.description.isEmpty()) {
            g.setColor(Palette.STAGE_NOTE);
            stage.description.draw(g, x + s.pad, top + s.pad + stage.name.height() + s.pad * 0.4);
        }

        columns(g, map, stage, x, clip, selectedId);
    }

    /** The touchpoint columns of a stage that the clip shows. */
    private static void columns(Graphics2D g, JourneyMap map, StageColumn stage, double x, Rectangle2D clip, String selectedId) {
        MapStyle s = map.style;
        if (clip.getMaxY() <= map.lanes.top(Lane.ACTIONS) - 0.5 || clip.getMinY() >= map.lanes.bottom() + 0.5) {
            return;
        }
        int count = stage.columns.size();
        double pitch = s.column + s.columnGap;
        int first = Math.max(0, (int) Math.floor((clip.getMinX() - x - s.stagePad) / pitch));
        int last = Math.min(count - 1, (int) Math.floor((clip.getMaxX() - x - s.stagePad) / pitch));
        for (int c = first; c <= last; c++) {
            TouchpointColumn column = stage.columns.get(c);
            boolean selected = column.touchpoint.id().equals(selectedId);
            double columnX = x + s.columnX(c);
            if (selected) {
                MapPainter.selectedBand(g, map, columnX);
            }
            ChipPainter.paint(g, map, column, columnX, selected, clip);
        }
    }
}
