package com.motstudio.report.map;

import com.motstudio.model.TouchpointRole;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The small vector marks of touchpoint roles: a flag for the first touch, a warning triangle for
 * complaints, a circling arrow for high frequency, a star for high perception, a stop sign for the end.
 */
final class RoleMarks {
    private RoleMarks() {}

    static Color colourOf(TouchpointRole role) {
        return switch (role) {
            case FIRST -> new Color(0x2E7D32);
            case COMPLAINT -> new Color(0xC62828);
            case HIGH_FREQUENCY -> new Color(0x5E35B1);
            case HIGH_PERCEPTION -> new Color(0xE6A100);
            case END -> new Color(0x37474F);
        };
    }

    /** Draws a role's mark in the square at (x, y) with side size. */
    static void draw(Graphics2D g, TouchpointRole role, double x, double y, double size) {
        g.setColor(colourOf(role));
        double u = size / 12;
        switch (role) {
            case FIRST -> {
                g.setStroke(new BasicStroke((float) (1.4 * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(x + 2.5 * u, y + u, x + 2.5 * u, y + 11 * u));
                Path2D flag = new Path2D.Double();
                flag.moveTo(x + 3 * u, y + 1.2 * u);
                flag.lineTo(x + 11 * u, y + 4 * u);
                flag.lineTo(x + 3 * u, y + 6.8 * u);
                flag.closePath();
                g.fill(flag);
            }
            case COMPLAINT -> {
                Path2D triangle = new Path2D.Double();
                triangle.moveTo(x + 6 * u, y + 0.5 * u);
                triangle.lineTo(x + 11.7 * u, y + 11 * u);
                triangle.lineTo(x + 0.3 * u, y + 11 * u);
                triangle.closePath();
                g.fill(triangle);
                g.setColor(Color.WHITE);
                g.fill(new RoundRectangle2D.Double(x + 5.3 * u, y + 4 * u, 1.4 * u, 4 * u, u, u));
                g.fill(new Ellipse2D.Double(x + 5.25 * u, y + 8.6 * u, 1.5 * u, 1.5 * u));
            }
            case HIGH_FREQUENCY -> {
                g.setStroke(new BasicStroke((float) (1.6 * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Arc2D.Double(x + 1.5 * u, y + 1.5 * u, 9 * u, 9 * u, 100, 280, Arc2D.OPEN));
                Path2D head = new Path2D.Double();
                head.moveTo(x + 4.4 * u, y - 0.2 * u);
                head.lineTo(x + 8.2 * u, y + 1.7 * u);
                head.lineTo(x + 4.6 * u, y + 4.1 * u);
                head.closePath();
                g.fill(head);
            }
            case HIGH_PERCEPTION -> g.fill(star(x + 6 * u, y + 6.3 * u, 6 * u, 2.6 * u));
            case END -> {
                g.fill(new Ellipse2D.Double(x + 0.5 * u, y + 0.5 * u, 11 * u, 11 * u));
                g.setColor(Color.WHITE);
                g.fill(new Rectangle2D.Double(x + 3.6 * u, y + 3.6 * u, 4.8 * u, 4.8 * u));
            }
        }
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double px = cx + r * Math.cos(angle);
            double py = cy + r * Math.sin(angle);
            if (i == 0) {
                star.moveTo(px, py);
            } else {
                star.lineTo(px, py);
            }
        }
        star.closePath();
        return star;
    }
}
