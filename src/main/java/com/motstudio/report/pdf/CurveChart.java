package com.motstudio.report.pdf;

import com.motstudio.model.CustomerType;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.report.BundledFont;
import com.motstudio.text.Texts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Optional;

/**
 * The emotion curves of all customer types on one grid: touchpoints across in journey order,
 * −5…+5 up, each type's peak (most intense point) ringed and its end marked with a square.
 */
public final class CurveChart implements Drawing {
    static final Color[] COLOURS = {new Color(31, 111, 235), new Color(214, 96, 28), new Color(46, 139, 87),
        new Color(142, 68, 173), new Color(120, 120, 120)};
    private static final float SIZE = 7.5f;

    private final List<Stage> stages;
    private final List<Touchpoint> touchpoints;
    private final List<CustomerType> types;
    private final Texts texts;

    public CurveChart(List<Stage> stages, List<CustomerType> types, Texts texts) {
        this.stages = stages;
        this.touchpoints = stages.stream().flatMap(s -> s.touchpoints().stream()).toList();
        this.types = types;
        this.texts = texts;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        g.setFont(BundledFont.of(SIZE));
        FontMetrics fm = g.getFontMetrics();
        double left = fm.stringWidth("+5") + 8;
        String key = texts.get("export.curves.key");
        List<java.awt.geom.Point2D> places = legend(fm, width, left, fm.stringWidth(key));
        double rows = places.isEmpty() ? 1 : places.getLast().getY() + 1;
        double top = rows * fm.getHeight() + 12;
        double bottom = height - fm.getHeight() - 8;
        double plotW = width - left - 6;
        double step = plotW / Math.max(1, touchpoints.size() - 1);
        g.setStroke(new BasicStroke(0.5f));
        for (int v = EmotionScore.MIN; v <= EmotionScore.MAX; v++) {
            double y = y(v, top, bottom);
            g.setColor(v == 0 ? Color.GRAY : new Color(230, 230, 230));
            g.draw(new Line2D.Double(left, y, left + plotW, y));
            if (v % 5 == 0) {
                g.setColor(Color.DARK_GRAY);
                String label = v > 0 ? "+" + v : String.valueOf(v);
                g.drawString(label, (float) (left - 4 - fm.stringWidth(label)), (float) (y + fm.getAscent() / 2.5));
            }
        }
        stageNames(g, fm, left, step, top, bottom);
        for (int c = 0; c < types.size(); c++) {
            CustomerType type = types.get(c);
            Color colour = COLOURS[c % COLOURS.length];
            double lx = places.get(c).getX();
            double ly = places.get(c).getY() * fm.getHeight();
            g.setColor(colour);
            g.fill(new java.awt.geom.Rectangle2D.Double(lx, ly + 2, 14, 3));
            g.setColor(Color.BLACK);
            g.drawString(type.name(), (float) (lx + 18), (float) (ly + fm.getAscent()));
            curve(g, type, colour, left, step, top, bottom);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString(key, (float) (width - fm.stringWidth(key) - 2), (float) fm.getAscent());
    }

    private void curve(Graphics2D g, CustomerType type, Color colour, double left, double step, double top, double bottom) {
        Path2D path = new Path2D.Double();
        boolean started = false;
        int peak = -1;
        int end = -1;
        for (int i = 0; i < touchpoints.size(); i++) {
            Optional<Integer> score = touchpoints.get(i).emotionOf(type.id());
            if (score.isEmpty()) {
                continue;
            }
            double x = left + step * i;
            double y = y(score.get(), top, bottom);
            if (started) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                started = true;
            }
            if (peak < 0 || Math.abs(score.get()) > Math.abs(touchpoints.get(peak).emotionOf(type.id()).orElse(0))) {
                peak = i;
            }
            end = i;
        }
        g.setColor(colour);
        g.setStroke(new BasicStroke(1.4f));
        g.draw(path);
        if (peak >= 0) {
            double x = left + step * peak;
            double y = y(touchpoints.get(peak).emotionOf(type.id()).orElseThrow(), top, bottom);
            g.setStroke(new BasicStroke(1.2f));
            g.draw(new Ellipse2D.Double(x - 4.5, y - 4.5, 9, 9));
            double ex = left + step * end;
            double ey = y(touchpoints.get(end).emotionOf(type.id()).orElseThrow(), top, bottom);
            g.fill(new java.awt.geom.Rectangle2D.Double(ex - 3, ey - 3, 6, 6));
        }
    }

    /**
     * Where each customer type's legend entry starts: x, and the row (from 0) as y. The entries
     * run along the top and wrap to another row rather than run into the peak-and-end key on the
     * right of the first row (three long names on a slide would).
     */
    List<java.awt.geom.Point2D> legend(FontMetrics fm, double width, double left, double keyWidth) {
        List<java.awt.geom.Point2D> places = new java.util.ArrayList<>();
        double x = left;
        int row = 0;
        for (CustomerType type : types) {
            double entry = 18 + fm.stringWidth(type.name());
            double end = row == 0 ? width - keyWidth - 12 : width;
            if (x > left && x + entry > end) {
                row++;
                x = left;
            }
            places.add(new java.awt.geom.Point2D.Double(x, row));
            x += entry + 12;
        }
        return places;
    }

    /** A faint rule between stages and each stage's name under its part of the curve. */
    private void stageNames(Graphics2D g, FontMetrics fm, double left, double step, double top, double bottom) {
        int first = 0;
        for (Stage stage : stages) {
            int count = stage.touchpoints().size();
            if (count == 0) {
                continue;
            }
            double from = left + step * (first - 0.5);
            double to = left + step * (first + count - 0.5);
            if (first > 0) {
                g.setColor(new Color(200, 200, 200));
                g.draw(new Line2D.Double(from, top, from, bottom + 4));
            }
            double lo = Math.max(left, from);
            double hi = Math.min(left + step * (touchpoints.size() - 1), to);
            String name = ActionTimeline.Fit.text(fm, stage.name(), Math.max(0, hi - lo - 4));
            g.setColor(Color.DARK_GRAY);
            g.drawString(name, (float) ((lo + hi - fm.stringWidth(name)) / 2), (float) (bottom + fm.getAscent() + 5));
            first += count;
        }
    }

    private static double y(int score, double top, double bottom) {
        return top + (EmotionScore.MAX - score) * (bottom - top) / (EmotionScore.MAX - EmotionScore.MIN);
    }
}
