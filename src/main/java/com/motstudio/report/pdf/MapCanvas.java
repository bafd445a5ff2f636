package com.motstudio.report.pdf;

import com.motstudio.model.EmotionScore;
import com.motstudio.report.BundledFont;
import com.motstudio.text.Texts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A blank journey map to fill in by hand: stage columns (named or empty), and one row per lane of
 * the map, in the order of the touchpoint CSV columns (touchpoint, customer action, emotion, pain points, opportunities).
 */
final class MapCanvas implements Drawing {
    static final int COLUMNS = 8;
    private static final String[] LANES = {"export.csv.touchpoint", "export.csv.customerAction", "export.csv.emotion",
        "export.csv.painPoints", "export.csv.opportunities"};
    private static final double[] SHARE = {1.2, 1, 1.4, 1, 1};
    private static final float SIZE = 9f;

    private final List<String> stages;
    private final Texts texts;

    MapCanvas(List<String> stages, Texts texts) {
        this.stages = stages;
        this.texts = texts;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        g.setFont(BundledFont.of(SIZE));
        FontMetrics fm = g.getFontMetrics();
        double titles = 86;
        double head = 2 * fm.getHeight() + 8;
        double colW = (width - titles) / stages.size();
        double total = 0;
        for (double s : SHARE) {
            total += s;
        }
        double unit = (height - head) / total;
        g.setStroke(new BasicStroke(0.6f));
        g.setColor(new Color(235, 240, 248));
        g.fill(new Rectangle2D.Double(titles, 0, width - titles, head));
        g.setColor(Color.BLACK);
        g.drawString(texts.get("export.csv.stage"), 4f, (float) (4 + fm.getAscent()));
        for (int c = 0; c < stages.size(); c++) {
            double x = titles + c * colW;
            List<String> lines = ActionTimeline.Fit.lines(fm, stages.get(c), colW - 8, 2);
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), (float) (x + 4), (float) (4 + fm.getAscent() + i * fm.getHeight()));
            }
        }
        double y = head;
        for (int lane = 0; lane < LANES.length; lane++) {
            double h = SHARE[lane] * unit;
            g.setColor(new Color(246, 246, 246));
            g.fill(new Rectangle2D.Double(0, y, titles - 4, h));
            g.setColor(Color.BLACK);
            g.drawString(ActionTimeline.Fit.text(fm, texts.get(LANES[lane]), titles - 10), 4f, (float) (y + fm.getAscent() + 4));
            if (lane == 2) {
                emotionScale(g, fm, titles, y, width, h);
            }
            g.setColor(Color.GRAY);
            g.draw(new Line2D.Double(0, y, width, y));
            y += h;
        }
        g.draw(new Line2D.Double(0, y, width, y));
        for (int c = 0; c <= stages.size(); c++) {
            double x = titles + c * colW;
            g.draw(new Line2D.Double(x, 0, x, height));
        }
    }

    /** Faint lines at every emotion score from +5 to −5 with their numbers, to draw the curve on. */
    private static void emotionScale(Graphics2D g, FontMetrics fm, double titles, double top, double width, double h) {
        int steps = EmotionScore.MAX - EmotionScore.MIN;
        for (int v = EmotionScore.MAX; v >= EmotionScore.MIN; v--) {
            double y = top + 6 + (h - 12) * (EmotionScore.MAX - v) / steps;
            g.setColor(v == 0 ? new Color(150, 150, 150) : new Color(225, 225, 225));
            g.draw(new Line2D.Double(titles, y, width, y));
            if (v % 5 == 0) {
                String label = v > 0 ? "+" + v : String.valueOf(v);
                g.setColor(Color.DARK_GRAY);
                g.drawString(label, (float) (titles - 6 - fm.stringWidth(label)), (float) (y + fm.getAscent() / 2.5));
            }
        }
    }
}
