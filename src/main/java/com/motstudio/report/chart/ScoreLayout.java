package com.motstudio.report.chart;

import com.motstudio.report.chart.ScoreChart.Row;
import com.motstudio.report.chart.ScoreChart.Segment;
import com.motstudio.report.map.TextBlock;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import static com.motstudio.report.chart.ChartColours.INK;
import static com.motstudio.report.chart.ChartColours.MUTED;

/**
 * The score ranking laid out in a box: rank and touchpoint name on the left (wrapped), a bar per
 * touchpoint split into its traits' contributions on a 0–100 axis, the total at the bar's end.
 * Rows share one height, the tallest name's, up to a comfortable maximum.
 */
final class ScoreLayout implements ChartLayout {
    /** One trait's part of a bar. */
    record Piece(Rectangle2D box, Color colour) {}

    static final double[] TICKS = {0, 20, 40, 60, 80, 100};

    final double width;
    final double height;
    final List<PlacedText> texts = new ArrayList<>();
    final List<Piece> pieces = new ArrayList<>();
    LegendLayout legend;
    Rectangle2D bars;
    Scale scale;
    Rectangle2D emptyBox;
    PlacedText emptyText;
    /** How far down the content reaches, bottom margin included. */
    double used;
    private boolean fits;

    ScoreLayout(ScoreChart.Data data, ChartStyle s, double width, double height) {
        this.width = width;
        this.height = height;
        double m = s.margin;
        double inner = width - 2 * m;
        double y = m;
        List<Row> rows = data.shown();
        if (s.titled) {
            String title = data.rows().size() > rows.size()
                    ? s.texts.format("charts.score.titleTop", rows.size(), data.rows().size())
                    : s.texts.get("charts.score.title");
            TextBlock block = s.wrap(title, s.title, inner);
            texts.add(PlacedText.left("title", block, m, y, INK));
            y += block.height() + s.pad;
        }
        List<LegendLayout.Entry> entries = new ArrayList<>();
        for (int i = 0; i < data.segmentLabels().size(); i++) {
            entries.add(new LegendLayout.Entry(LegendLayout.Mark.BAR, ChartColours.series(i), data.segmentLabels().get(i)));
        }
        legend = new LegendLayout(s, rows.isEmpty() ? List.of() : entries, m, y, inner);
        texts.addAll(legend.texts());
        y += legend.height + (legend.height > 0 ? s.pad * 1.2 : 0);
        if (rows.isEmpty()) {
            emptyBox = new Rectangle2D.Double(m, y, inner, height - m - y);
            emptyText = NoData.place(s, s.texts.get("charts.score.empty"), emptyBox);
            texts.add(emptyText);
            fits = NoData.fits(s, emptyText, emptyBox);
            used = Math.min(height, y + Math.max(8 * s.s, emptyText.text().height() + 6 * s.pad) + m);
            return;
        }
        layOutRows(data, rows, s, y);
    }

    private void layOutRows(ScoreChart.Data data, List<Row> rows, ChartStyle s, double top) {
        double m = s.margin;
        double inner = width - 2 * m;
        double lineH = s.lineHeight(s.small);
        double rankWidth = s.width(String.valueOf(rows.size()), s.bold) + s.pad * 0.6;
        double labelWidth = Math.max(8 * s.s, Math.min(18 * s.s, inner * 0.3));
        double totalWidth = s.width("100.0", s.smallBold) + s.pad * 0.6;
        double barLeft = m + labelWidth + s.pad;
        double barRight = width - m - Math.max(totalWidth, s.width("100", s.small) / 2);
        List<TextBlock> labels = new ArrayList<>();
        for (Row row : rows) {
            labels.add(s.wrap(row.label(), s.base, labelWidth - rankWidth));
        }
        double tallest = labels.stream().mapToDouble(TextBlock::height).max().orElse(0);
        TextBlock axisTitle = s.wrap(s.texts.get("charts.score.axis"), s.small, barRight - barLeft);
        double axisHeight = s.tick + s.pad * 0.2 + lineH + s.pad * 0.4 + axisTitle.height();
        double room = height - m - axisHeight - top;
        double pitch = Math.min(room / rows.size(), Math.max(2.4 * s.s, tallest + s.pad));
        double bottom = top + pitch * rows.size();
        bars = new Rectangle2D.Double(barLeft, top, barRight - barLeft, bottom - top);
        scale = new Scale(0, 100, barLeft, barRight);
        double thickness = Math.min(pitch * 0.62, 1.6 * s.s);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double mid = top + (i + 0.5) * pitch;
            TextBlock rank = s.line(String.valueOf(i + 1), s.bold);
            texts.add(PlacedText.left("rank", rank, m, mid - labels.get(i).height() / 2, MUTED));
            texts.add(PlacedText.left("row label", labels.get(i), m + rankWidth, mid - labels.get(i).height() / 2, INK));
            double end = segments(data, row, s, mid, thickness);
            TextBlock total = s.line(Ticks.format(row.total(), 1), s.smallBold);
            texts.add(PlacedText.left("total", total, end + s.pad * 0.4, mid - total.height() / 2, INK));
        }
        for (double t : TICKS) {
            texts.add(PlacedText.centred("tick", s.line(Ticks.format(t, 0), s.small), scale.at(t),
                    bottom + s.tick + s.pad * 0.2, MUTED));
        }
        double titleTop = bottom + s.tick + s.pad * 0.2 + lineH + s.pad * 0.4;
        texts.add(PlacedText.centred("axis title", axisTitle, (barLeft + barRight) / 2, titleTop, MUTED));
        used = titleTop + axisTitle.height() + m;
        fits = pitch >= tallest + s.pad * 0.4 && bars.getWidth() >= 10 * s.s;
    }

    /** Lays out a row's pieces, left to right; returns where the bar ends. */
    private double segments(ScoreChart.Data data, Row row, ChartStyle s, double mid, double thickness) {
        if (row.segments().isEmpty()) { // no breakdown: one plain bar
            double end = scale.at(row.total());
            pieces.add(new Piece(new Rectangle2D.Double(scale.at(0), mid - thickness / 2, end - scale.at(0), thickness),
                    ChartColours.PERCEPTION));
            return end;
        }
        double sum = 0;
        for (int j = 0; j < row.segments().size(); j++) {
            Segment segment = row.segments().get(j);
            double points = Math.max(0, segment.points());
            if (points <= 0) {
                continue;
            }
            int index = data.segmentLabels().indexOf(segment.label());
            Color colour = ChartColours.series(index >= 0 ? index : j);
            double x0 = scale.at(sum);
            double x1 = scale.at(sum + points);
            sum += points;
            Rectangle2D box = new Rectangle2D.Double(x0, mid - thickness / 2, x1 - x0, thickness);
            pieces.add(new Piece(box, colour));
            TextBlock value = s.line(Ticks.format(points, 0), s.small);
            if (value.width() + s.pad * 0.6 <= box.getWidth() && value.height() <= thickness + 0.5) {
                texts.add(PlacedText.centred("segment value", value, box.getCenterX(), mid - value.height() / 2,
                        ChartColours.textOn(colour)));
            }
        }
        return scale.at(sum);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public boolean fits() {
        return fits;
    }

    @Override
    public List<PlacedText> texts() {
        return texts;
    }
}
