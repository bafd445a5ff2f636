package com.motstudio.report.map;

import com.motstudio.model.EmotionScore;
import com.motstudio.report.map.EmotionCurve.Callout;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Paints the emotion curves: a smooth line through each type's points (monotone cubic, so it never
 * overshoots a score), the value at every point, rings and callouts at the lowest, highest and end.
 * Only the points inside the clip (and their neighbours) are drawn.
 */
final class CurvePainter {
    private CurvePainter() {}

    /** Lines first, then rings, points and callouts, so no curve's line crosses another's point or label. */
    static void paint(Graphics2D g, JourneyMap map, Rectangle2D clip) {
        MapStyle s = map.style;
        double left = clip.getMinX() - s.column;
        double right = clip.getMaxX() + s.column;
        for (int pass = 0; pass < 4; pass++) {
            for (EmotionCurve curve : map.curves) {
                if (curve.size() == 0) {
                    continue;
                }
                int from = Math.max(0, curve.firstAtOrAfter(left) - 1);
                int to = Math.min(curve.size() - 1, curve.firstAtOrAfter(right));
                switch (pass) {
                    case 0 -> line(g, s, curve, from, to);
                    case 2 -> {
                        for (int i = from; i <= to; i++) {
                            marker(g, s, curve.colour(), curve.xs()[i], curve.ys()[i], curve.scores()[i]);
                        }
                    }
                    default -> {
                        for (Callout callout : curve.callouts()) {
                            if (callout.box().getMaxX() >= left && callout.box().getMinX() <= right) {
                                if (pass == 1) {
                                    leader(g, s, curve.colour(), callout);
                                } else {
                                    label(g, s, curve.colour(), callout);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static void line(Graphics2D g, MapStyle s, EmotionCurve curve, int from, int to) {
        if (to > from) {
            g.setColor(curve.colour());
            g.setStroke(new BasicStroke((float) (s.pad * 0.45), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path(curve.xs(), curve.ys(), from, to));
        }
    }

    /** The monotone cubic (Fritsch–Carlson / PCHIP) Bézier path through points from..to. */
    static Path2D path(double[] xs, double[] ys, int from, int to) {
        Path2D path = new Path2D.Double();
        path.moveTo(xs[from], ys[from]);
        for (int i = from; i < to; i++) {
            double h = xs[i + 1] - xs[i];
            double m0 = tangent(xs, ys, i);
            double m1 = tangent(xs, ys, i + 1);
            path.curveTo(xs[i] + h / 3, ys[i] + m0 * h / 3, xs[i + 1] - h / 3, ys[i + 1] - m1 * h / 3, xs[i + 1], ys[i + 1]);
        }
        return path;
    }

    /** The slope at point i: zero at a turn, else the weighted harmonic mean of the slopes beside it. */
    static double tangent(double[] xs, double[] ys, int i) {
        int last = xs.length - 1;
        if (last == 0) {
            return 0;
        }
        if (i == 0 || i == last) {
            int a = i == 0 ? 0 : last - 1;
            return (ys[a + 1] - ys[a]) / (xs[a + 1] - xs[a]) * 0.5;
        }
        double h0 = xs[i] - xs[i - 1];
        double h1 = xs[i + 1] - xs[i];
        double d0 = (ys[i] - ys[i - 1]) / h0;
        double d1 = (ys[i + 1] - ys[i]) / h1;
        if (d0 * d1 <= 0) {
            return 0;
        }
        double w0 = 2 * h1 + h0;
        double w1 = h1 + 2 * h0;
        return (w0 + w1) / (w0 / d0 + w1 / d1);
    }

    private static void marker(Graphics2D g, MapStyle s, Color colour, double x, double y, int score) {
        double r = s.radius;
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(x - r - 1.2, y - r - 1.2, 2 * r + 2.4, 2 * r + 2.4));
        g.setColor(colour);
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        TextBlock value = s.value(score);
        g.setColor(Color.WHITE);
        value.drawCentred(g, x, y - value.height() / 2);
    }

    private static void leader(Graphics2D g, MapStyle s, Color colour, Callout callout) {
        double r = s.radius;
        g.setColor(colour);
        g.setStroke(new BasicStroke((float) (s.pad * 0.3)));
        g.draw(new Ellipse2D.Double(callout.pointX() - r - 3.5, callout.pointY() - r - 3.5, 2 * r + 7, 2 * r + 7));
        Rectangle2D box = callout.box();
        boolean above = box.getMaxY() <= callout.pointY();
        double edge = above ? box.getMaxY() : box.getMinY();
        double start = callout.pointY() + (above ? -r - 3.5 : r + 3.5);
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{3f, 2.5f}, 0f));
        if (above ? start > edge : start < edge) {
            g.draw(new Line2D.Double(callout.pointX(), start, callout.pointX(), edge));
        }
    }

    private static void label(Graphics2D g, MapStyle s, Color colour, Callout callout) {
        Rectangle2D box = callout.box();
        RoundRectangle2D shape = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(),
                s.pad * 1.2, s.pad * 1.2);
        g.setColor(Color.WHITE);
        g.fill(shape);
        g.setColor(colour);
        g.setStroke(new BasicStroke(1.3f));
        g.draw(shape);
        callout.text().drawCentred(g, box.getCenterX(), box.getY() + s.pad / 2);
    }

    /** The zero line and the scale's gridlines across the stages inside [left, right]. */
    static void scale(Graphics2D g, JourneyMap map, double left, double right) {
        CurveScale scale = map.scale;
        g.setColor(Palette.RULE);
        g.setStroke(new BasicStroke(0.8f));
        for (int score : new int[]{EmotionScore.MAX, EmotionScore.MIN}) {
            g.draw(new Line2D.Double(left, scale.y(score), right, scale.y(score)));
        }
        g.setColor(Palette.ZERO_LINE);
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
        g.draw(new Line2D.Double(left, scale.y(0), right, scale.y(0)));
    }
}
