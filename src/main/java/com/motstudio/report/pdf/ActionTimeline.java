package com.motstudio.report.pdf;

import com.motstudio.model.ActionStatus;
import com.motstudio.model.ImprovementAction;
import com.motstudio.report.BundledFont;
import com.motstudio.text.Texts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The actions as bars on a calendar (a Gantt chart): one row per action, months across, the bar
 * from start to due date coloured by status. A page holds {@link #ROWS_PER_PAGE} rows; all pages
 * share one time span so their bars line up.
 */
final class ActionTimeline implements Drawing {
    static final int ROWS_PER_PAGE = 22;
    private static final double ROW = 19;
    private static final double HEAD = 22;
    private static final float SIZE = 7.5f;

    /** The months the chart spans, from the first month of any start to the last month of any due date. */
    record Span(YearMonth first, YearMonth last) {
        long days() {
            return ChronoUnit.DAYS.between(first.atDay(1), last.atEndOfMonth().plusDays(1));
        }
    }

    private final List<ImprovementAction> actions;
    private final Span span;
    private final Texts texts;
    private final Color accent;

    ActionTimeline(List<ImprovementAction> actions, Span span, Texts texts, Color accent) {
        this.actions = actions;
        this.span = span;
        this.texts = texts;
        this.accent = accent;
    }

    static LocalDate start(ImprovementAction a) {
        return a.startDate() != null ? a.startDate() : a.dueDate();
    }

    static LocalDate end(ImprovementAction a) {
        return a.dueDate() != null && !a.dueDate().isBefore(start(a)) ? a.dueDate() : start(a);
    }

    static Span span(List<ImprovementAction> actions) {
        LocalDate first = actions.stream().map(ActionTimeline::start).filter(Objects::nonNull).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = actions.stream().map(ActionTimeline::end).filter(Objects::nonNull).max(LocalDate::compareTo).orElseThrow();
        return new Span(YearMonth.from(first), YearMonth.from(last));
    }

    double height() {
        return HEAD + ROW * actions.size() + 4;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        g.setFont(BundledFont.of(SIZE));
        FontMetrics fm = g.getFontMetrics();
        double labels = width * 0.3;
        double chartX = labels + 6;
        double chartW = width - chartX - 2;
        double perDay = chartW / span.days();
        double bottom = HEAD + ROW * actions.size();
        YearMonth month = span.first();
        boolean everyOther = chartW / (span.first().until(span.last(), ChronoUnit.MONTHS) + 1) < fm.stringWidth("0000-00") + 6;
        int i = 0;
        while (!month.isAfter(span.last())) {
            double x = chartX + perDay * ChronoUnit.DAYS.between(span.first().atDay(1), month.atDay(1));
            g.setColor(new Color(225, 225, 225));
            g.setStroke(new BasicStroke(0.5f));
            g.draw(new Line2D.Double(x, HEAD - 4, x, bottom));
            if (!everyOther || i % 2 == 0) {
                g.setColor(Color.DARK_GRAY);
                g.drawString(month.toString(), (float) x + 2, (float) (HEAD - 8));
            }
            month = month.plusMonths(1);
            i++;
        }
        double y = HEAD;
        for (ImprovementAction a : actions) {
            g.setColor(Color.BLACK);
            String label = Fit.text(fm, a.title(), labels - 4);
            g.drawString(label, 0f, (float) (y + ROW / 2 + fm.getAscent() / 2.0 - 1));
            double x0 = chartX + perDay * ChronoUnit.DAYS.between(span.first().atDay(1), start(a));
            double x1 = chartX + perDay * (ChronoUnit.DAYS.between(span.first().atDay(1), end(a)) + 1);
            g.setColor(colour(a.status()));
            g.fill(new RoundRectangle2D.Double(x0, y + 4, Math.max(3, x1 - x0), ROW - 8, 4, 4));
            String owner = a.ownerPerson().isBlank() ? a.ownerDepartment() : a.ownerPerson();
            String tag = owner.isBlank() ? texts.get("export.status." + a.status().name()) : owner + " · " + texts.get("export.status." + a.status().name());
            double tagW = fm.stringWidth(tag);
            g.setColor(Color.DARK_GRAY);
            if (x1 + 4 + tagW <= width) {
                g.drawString(tag, (float) (x1 + 4), (float) (y + ROW / 2 + fm.getAscent() / 2.0 - 1));
            } else if (x0 - 4 - tagW >= chartX) {
                g.drawString(tag, (float) (x0 - 4 - tagW), (float) (y + ROW / 2 + fm.getAscent() / 2.0 - 1));
            }
            g.setColor(new Color(235, 235, 235));
            g.draw(new Line2D.Double(0, y + ROW, width, y + ROW));
            y += ROW;
        }
        g.setColor(Color.GRAY);
        g.draw(new Rectangle2D.Double(chartX, HEAD - 4, chartW, bottom - HEAD + 4));
    }

    private Color colour(ActionStatus status) {
        return switch (status) {
            case DONE -> new Color(46, 139, 87);
            case IN_PROGRESS -> accent;
            case BLOCKED -> new Color(192, 57, 43);
            case DROPPED -> new Color(170, 170, 170);
            case PLANNED -> Table.tint(accent).darker();
        };
    }

    /** Cuts a text to a width with an ellipsis. */
    static final class Fit {
        private Fit() {}

        static String text(FontMetrics fm, String text, double width) {
            if (fm.stringWidth(text) <= width) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && fm.stringWidth(cut + "…") > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + "…";
        }

        /** Breaks a text into at most {@code max} lines that fit a width, at spaces where there are any, else anywhere; the last is cut with an ellipsis. */
        static java.util.List<String> lines(FontMetrics fm, String text, double width, int max) {
            java.util.List<String> lines = new java.util.ArrayList<>();
            String rest = text.strip();
            while (!rest.isEmpty() && lines.size() < max - 1 && fm.stringWidth(rest) > width) {
                int end = rest.length();
                while (end > 1 && fm.stringWidth(rest.substring(0, end)) > width) {
                    end--;
                }
                int space = rest.lastIndexOf(' ', end);
                int cut = space > 0 && rest.indexOf(' ') >= 0 ? space : end;
                lines.add(rest.substring(0, cut).strip());
                rest = rest.substring(cut).strip();
            }
            if (!rest.isEmpty()) {
                lines.add(text(fm, rest, width));
            }
            return lines;
        }
    }
}
