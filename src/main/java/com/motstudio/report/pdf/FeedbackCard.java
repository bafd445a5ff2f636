package com.motstudio.report.pdf;

import com.motstudio.report.BundledFont;
import com.motstudio.text.Texts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * A feedback card to hand to customers: where they were served, a rating from 1 (very bad) to 5
 * (very good) as on a 好差评 device, what happened, and how to reach them; cut along the border.
 */
final class FeedbackCard implements Drawing {
    private static final float SIZE = 10f;

    private final String organization;
    private final List<String> touchpoints;
    private final Texts texts;

    FeedbackCard(String organization, List<String> touchpoints, Texts texts) {
        this.organization = organization;
        this.touchpoints = touchpoints;
        this.texts = texts;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4, new float[] {4, 3}, 0));
        g.draw(new RoundRectangle2D.Double(1, 1, width - 2, height - 2, 10, 10));
        g.setStroke(new BasicStroke(0.6f));
        g.setFont(BundledFont.of(SIZE + 4));
        FontMetrics big = g.getFontMetrics();
        double x = 16;
        double y = 14 + big.getAscent();
        g.setColor(Color.BLACK);
        String title = organization.isBlank() ? texts.get("export.card.title") : texts.format("export.card.titleAt", organization);
        g.drawString(ActionTimeline.Fit.text(big, title, width - 32), (float) x, (float) y);
        g.setFont(BundledFont.of(SIZE));
        FontMetrics fm = g.getFontMetrics();
        double line = fm.getHeight() * 2.1;
        y += line;
        y = field(g, fm, texts.get("export.card.date"), x, y, width, line);
        g.drawString(texts.get("export.card.where"), (float) x, (float) y);
        double cx = x + fm.stringWidth(texts.get("export.card.where")) + 12;
        for (String touchpoint : touchpoints) {
            double w = fm.stringWidth(touchpoint) + 28;
            if (cx + w > width - 16) {
                cx = x + 12;
                y += fm.getHeight() * 1.5;
            }
            g.draw(new java.awt.geom.Rectangle2D.Double(cx, y - fm.getAscent() + 1, 9, 9));
            g.drawString(touchpoint, (float) (cx + 14), (float) y);
            cx += w;
        }
        y += line;
        g.drawString(texts.get("export.card.rating"), (float) x, (float) y);
        double rx = x + fm.stringWidth(texts.get("export.card.rating")) + 16;
        for (int r = 1; r <= 5; r++) {
            g.draw(new Ellipse2D.Double(rx, y - fm.getAscent() - 3, 18, 18));
            String digit = String.valueOf(r);
            g.drawString(digit, (float) (rx + 9 - fm.stringWidth(digit) / 2.0), (float) y);
            rx += 30;
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString(texts.get("export.card.scale"), (float) rx, (float) y);
        g.setColor(Color.BLACK);
        y += line;
        g.drawString(texts.get("export.card.what"), (float) x, (float) y);
        double bottom = height - line * 1.6;
        for (double ly = y + line * 0.8; ly < bottom - line * 0.4; ly += line * 0.8) {
            g.setColor(new Color(190, 190, 190));
            g.draw(new Line2D.Double(x, ly, width - 16, ly));
        }
        g.setColor(Color.BLACK);
        field(g, fm, texts.get("export.card.contact"), x, bottom, width, line);
    }

    private static double field(Graphics2D g, FontMetrics fm, String label, double x, double y, double width, double line) {
        g.setColor(Color.BLACK);
        g.drawString(label, (float) x, (float) y);
        g.setColor(new Color(190, 190, 190));
        g.draw(new Line2D.Double(x + fm.stringWidth(label) + 6, y + 2, width - 16, y + 2));
        g.setColor(Color.BLACK);
        return y + line;
    }
}
