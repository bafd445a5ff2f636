package com.motstudio.report.map;

import com.motstudio.model.Channel;
import com.motstudio.model.JourneyPhase;
import com.motstudio.model.TouchpointRole;
import com.motstudio.report.map.Legend.Entry;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Paints the legend: each entry's symbol as it appears on the map, then its label. */
final class LegendPainter {
    private LegendPainter() {}

    /** Paints the legend with its top-left corner at (x, y). */
    static void paint(Graphics2D g, JourneyMap map, double x, double y) {
        MapStyle s = map.style;
        Graphics2D moved = (Graphics2D) g.create();
        try {
            moved.translate(x, y);
            entries(moved, map, s);
        } finally {
            moved.dispose();
        }
    }

    private static void entries(Graphics2D g, JourneyMap map, MapStyle s) {
        for (Entry e : map.legend.entries) {
            double mid = e.y() + e.height() / 2;
            switch (e.kind()) {
                case HEADING -> g.setColor(Palette.INK);
                case CHANNEL -> {
                    Channel channel = (Channel) e.value();
                    RoundRectangle2D swatch = new RoundRectangle2D.Double(e.x(), mid - s.icon / 2, e.symbolWidth(), s.icon,
                            s.pad, s.pad);
                    g.setColor(Palette.fillOf(channel));
                    g.fill(swatch);
                    g.setColor(Palette.of(channel));
                    g.fill(new Rectangle2D.Double(e.x(), mid - s.icon / 2, s.chipBar, s.icon));
                    g.setStroke(new BasicStroke(1f));
                    g.draw(swatch);
                }
                case PHASE -> {
                    TextBlock text = s.phases[((JourneyPhase) e.value()).ordinal()];
                    double height = Math.max(text.height(), s.icon);
                    ChipPainter.badge(g, s, text, e.x(), mid - height / 2, e.symbolWidth(), height);
                }
                case ROLE -> RoleMarks.draw(g, (TouchpointRole) e.value(), e.x(), mid - s.icon / 2, s.icon);
                case CURVE -> {
                    Color colour = Palette.curve((Integer) e.value());
                    g.setColor(colour);
                    g.setStroke(new BasicStroke((float) (s.pad * 0.45), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(new Line2D.Double(e.x(), mid, e.x() + e.symbolWidth(), mid));
                    double r = s.radius * 0.55;
                    g.fill(new Ellipse2D.Double(e.x() + e.symbolWidth() / 2 - r, mid - r, 2 * r, 2 * r));
                }
                case MARKED -> {
                    double r = s.radius * 0.7;
                    double cx = e.x() + e.symbolWidth() / 2;
                    g.setColor(Palette.curve(0));
                    g.fill(new Ellipse2D.Double(cx - r, mid - r, 2 * r, 2 * r));
                    g.setStroke(new BasicStroke((float) (s.pad * 0.3)));
                    g.draw(new Ellipse2D.Double(cx - r - 3, mid - r - 3, 2 * r + 6, 2 * r + 6));
                }
            }
            g.setColor(e.kind() == Legend.Kind.HEADING ? Palette.INK : Palette.MUTED);
            e.label().draw(g, Legend.labelX(e, s), mid - e.label().height() / 2);
        }
    }
}
