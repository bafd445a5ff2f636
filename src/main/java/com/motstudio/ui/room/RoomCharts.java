package com.motstudio.ui.room;

import com.motstudio.method.KanoNeedResult;
import com.motstudio.method.ServqualResult;
import com.motstudio.method.TouchpointScore;
import com.motstudio.report.BundledFont;
import com.motstudio.report.chart.Chart;
import com.motstudio.report.chart.ChartOptions;
import com.motstudio.report.chart.KanoChart;
import com.motstudio.report.chart.PairedBarChart;
import com.motstudio.report.chart.ServqualChart;
import com.motstudio.report.chart.SpreadChart;
import com.motstudio.room.Activity;
import com.motstudio.room.ActivityItem;
import com.motstudio.room.RoomTally;
import com.motstudio.text.Texts;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A revealed room result as a chart of the report package, with the sentence that tells what it
 * shows: the mean emotion curve with its band of ±1 SD, the trait scores with their disagreement,
 * dots and agreement as bars, KANO and SERVQUAL through the Evidence tab's own charts.
 */
final class RoomCharts {
    /** The charts' base font size: larger than a report's, for the back of the room. */
    static final float SIZE = 15f;
    /** A rating point of one trait in score points, with equal weights: 100 / (5 − 1). */
    private static final double SCORE_PER_RATING = 25;

    /** A chart and its text alternative. */
    record Shown(Chart chart, String description) {}

    private final Texts texts;
    private final ChartOptions options;

    RoomCharts(Texts texts) {
        this.texts = texts;
        this.options = new ChartOptions(texts, BundledFont.of(SIZE), true);
    }

    Shown of(Activity activity, RoomTally tally) {
        return switch (activity.kind()) {
            case EMOTION -> emotion(activity, tally);
            case TRAITS -> scores(activity, tally);
            case DOTS -> bars(activity, tally, new Keys("room.chart.dots.title", "room.chart.dots.bar", "room.chart.dots.summary"), false);
            case POLL -> bars(activity, tally, new Keys("room.chart.poll.title", "room.chart.poll.bar", "room.chart.poll.summary"), true);
            case KANO -> kano(activity, tally);
            case SERVQUAL -> servqual(tally.servqual());
        };
    }

    private Shown emotion(Activity activity, RoomTally tally) {
        List<SpreadChart.Point> points = activity.items().stream().map(i -> {
            RoomTally.ItemFigure f = tally.item(i.id());
            return new SpreadChart.Point(i.label(), f.mean(), f.spread(), texts.format("room.chart.answers", f.answers()));
        }).toList();
        SpreadChart chart = new SpreadChart(new SpreadChart.Data(texts.get("room.chart.emotion.title"),
                texts.get("room.chart.mean"), texts.get("room.chart.spread"), points, -5, 5, true), options);
        List<SpreadChart.Point> answered = points.stream().filter(p -> p.mean() != null).toList();
        if (answered.isEmpty()) {
            return new Shown(chart, texts.get("room.chart.none"));
        }
        SpreadChart.Point high = answered.stream().max(Comparator.comparingDouble(SpreadChart.Point::mean)).orElseThrow();
        SpreadChart.Point low = answered.stream().min(Comparator.comparingDouble(SpreadChart.Point::mean)).orElseThrow();
        SpreadChart.Point split = answered.stream().filter(p -> p.spread() != null)
                .max(Comparator.comparingDouble(SpreadChart.Point::spread)).orElse(high);
        return new Shown(chart, texts.format("room.chart.emotion.summary", answered.size(), tally.respondents(),
                high.mean(), high.label(), low.mean(), low.label(), split.spread() == null ? 0 : split.spread(), split.label()));
    }

    private Shown scores(Activity activity, RoomTally tally) {
        List<SpreadChart.Point> points = tally.traits().stream().map(t -> new SpreadChart.Point(label(activity, t.touchpointId()),
                t.score(), t.disagreement() == null ? null : t.disagreement() * SCORE_PER_RATING,
                texts.format("room.chart.answers", t.raters()))).toList();
        SpreadChart chart = new SpreadChart(new SpreadChart.Data(texts.get("room.chart.score.title"),
                texts.get("room.chart.score.mean"), texts.get("room.chart.score.spread"), points, 0, 100, false), options);
        List<TouchpointScore> scored = tally.traits().stream().filter(t -> t.score() != null).toList();
        if (scored.isEmpty()) {
            return new Shown(chart, texts.get("room.chart.none"));
        }
        TouchpointScore high = scored.stream().max(Comparator.comparingDouble(TouchpointScore::score)).orElseThrow();
        TouchpointScore low = scored.stream().min(Comparator.comparingDouble(TouchpointScore::score)).orElseThrow();
        TouchpointScore split = scored.stream().filter(t -> t.disagreement() != null)
                .max(Comparator.comparingDouble(TouchpointScore::disagreement)).orElse(high);
        return new Shown(chart, texts.format("room.chart.score.summary", scored.size(), high.score(), label(activity, high.touchpointId()),
                low.score(), label(activity, low.touchpointId()), label(activity, split.touchpointId()),
                split.disputedTrait() == null ? "" : texts.of(split.disputedTrait())));
    }

    /** The texts of a bar chart. */
    private record Keys(String title, String bar, String summary) {}

    /** Dots or agreement per touchpoint as bars, the most first; agreement is out of everyone who answered. */
    private Shown bars(Activity activity, RoomTally tally, Keys keys, boolean ofEveryone) {
        List<RoomTally.ItemFigure> figures = tally.items().stream()
                .sorted(Comparator.comparingInt((RoomTally.ItemFigure f) -> count(f)).reversed()).toList();
        List<PairedBarChart.Row> rows = figures.stream()
                .map(f -> new PairedBarChart.Row(label(activity, f.itemId()), null, (double) count(f), null)).toList();
        double max = ofEveryone ? Math.max(1, tally.respondents()) : figures.stream().mapToInt(RoomTally.ItemFigure::count).max().orElse(1);
        PairedBarChart chart = new PairedBarChart(new PairedBarChart.Data(texts.get(keys.title()), "",
                texts.get(keys.bar()), tally.respondents() == 0 ? List.of() : rows, max), options);
        if (tally.respondents() == 0 || figures.isEmpty()) {
            return new Shown(chart, texts.get("room.chart.none"));
        }
        RoomTally.ItemFigure top = figures.getFirst();
        int total = figures.stream().mapToInt(RoomCharts::count).sum();
        return new Shown(chart, texts.format(keys.summary(), total, figures.size(), count(top),
                label(activity, top.itemId()), tally.respondents()));
    }

    private Shown kano(Activity activity, RoomTally tally) {
        List<KanoNeedResult> answered = tally.kano().stream().filter(r -> r.better() != null && r.worse() != null).toList();
        KanoChart chart = new KanoChart(new KanoChart.Data(answered.stream()
                .map(r -> new KanoChart.Point(label(activity, r.needId()), r.better(), Math.abs(r.worse()),
                        r.category() == null ? "" : texts.of(r.category()))).toList(), 0.5, 0.5), options);
        return new Shown(chart, answered.isEmpty() ? texts.get("room.chart.none")
                : texts.format("room.chart.kano.summary", answered.size(), tally.respondents()));
    }

    private Shown servqual(ServqualResult result) {
        List<ServqualChart.DimensionBar> bars = result.dimensions().stream()
                .filter(d -> d.expectation() != null && d.perception() != null && d.gap() != null)
                .map(d -> new ServqualChart.DimensionBar(texts.of(d.dimension()), d.expectation(), d.perception(), d.gap())).toList();
        ServqualChart chart = new ServqualChart(new ServqualChart.Data(bars, result.scaleMin(), result.scaleMax()), options);
        if (bars.isEmpty()) {
            return new Shown(chart, texts.get("room.chart.none"));
        }
        ServqualChart.DimensionBar widest = bars.stream().min(Comparator.comparingDouble(ServqualChart.DimensionBar::gap)).orElseThrow();
        return new Shown(chart, texts.format("room.chart.servqual.summary", bars.size(), result.respondents(), widest.gap(), widest.label()));
    }

    private static int count(RoomTally.ItemFigure f) {
        return f.count() == null ? 0 : f.count();
    }

    private static String label(Activity activity, String itemId) {
        ActivityItem item = activity.item(itemId);
        return item == null ? itemId : Objects.requireNonNullElse(item.label(), itemId);
    }
}
