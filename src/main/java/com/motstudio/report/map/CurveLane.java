package com.motstudio.report.map;

import com.motstudio.method.PeakEnd;
import com.motstudio.method.PeakEndResult;
import com.motstudio.method.PeakEndResult.CurvePoint;
import com.motstudio.model.CustomerType;
import com.motstudio.model.EmotionScore;
import com.motstudio.report.map.EmotionCurve.Callout;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The emotion-curve lane: each shown type's points and the callouts marking its lowest, highest and
 * end points. Callouts sit in a band above the plot (highest, or an end ≥ 0) or below it (lowest, or
 * a negative end), stacked per touchpoint, so a callout never covers a point or another callout.
 */
final class CurveLane {
    private static final int SPAN = EmotionScore.MAX - EmotionScore.MIN;

    /** One type's points, x at the column centre plus the type's offset. */
    private record Raw(CustomerType type, double offset, double[] xs, int[] scores, String[] ids,
                       Optional<PeakEndResult> peakEnd) {}

    /** A callout before placement: the curve and point it marks, its text, and whether it sits above. */
    private record Pending(int curve, int point, TextBlock text, double width, boolean above) {}

    private final MapStyle style;
    private final List<Raw> raws = new ArrayList<>();
    private final List<Pending> pendings = new ArrayList<>();
    private final double topBand;
    private final double bottomBand;

    CurveLane(List<StageColumn> stages, double[] stageX, List<CustomerType> shown, MapStyle style) {
        this.style = style;
        for (int k = 0; k < shown.size(); k++) {
            double offset = shown.size() < 2 ? 0 : (k == 0 ? -1 : 1) * (style.radius + 2.5);
            raws.add(raw(stages, stageX, shown.get(k), offset));
        }
        Map<String, double[]> stacks = new HashMap<>(); // touchpoint id -> {above, below} stacked height
        for (int k = 0; k < raws.size(); k++) {
            Raw raw = raws.get(k);
            if (raw.peakEnd().isPresent()) {
                addCallouts(k, raw, raw.peakEnd().get(), stacks);
            }
        }
        double top = 0;
        double bottom = 0;
        for (double[] stack : stacks.values()) {
            top = Math.max(top, stack[0]);
            bottom = Math.max(bottom, stack[1]);
        }
        this.topBand = top;
        this.bottomBand = bottom;
    }

    /** Each shown type's peak-end reading, in the order of the shown types. */
    List<Optional<PeakEndResult>> readings() {
        return raws.stream().map(Raw::peakEnd).toList();
    }

    private Raw raw(List<StageColumn> stages, double[] stageX, CustomerType type, double offset) {
        List<CurvePoint> points = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            StageColumn stage = stages.get(s);
            int[] stageScores = stage.scores(type.id());
            for (int c = 0; c < stageScores.length; c++) {
                if (stageScores[c] != StageColumn.NO_SCORE) {
                    points.add(new CurvePoint(stage.columns.get(c).touchpoint.id(), stageScores[c]));
                    xs.add(stageX[s] + style.columnX(c) + style.column / 2 + offset);
                }
            }
        }
        double[] x = new double[points.size()];
        int[] scores = new int[points.size()];
        String[] ids = new String[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = xs.get(i);
            scores[i] = points.get(i).score();
            ids[i] = points.get(i).touchpointId();
        }
        return new Raw(type, offset, x, scores, ids, PeakEnd.ofCurve(points));
    }

    /** Lowest and highest are marked unless the curve is flat; the end always, with the remembered estimate. */
    private void addCallouts(int curve, Raw raw, PeakEndResult reading, Map<String, double[]> stacks) {
        int last = raw.ids().length - 1;
        int lowest = indexOf(raw, reading.lowest());
        int highest = indexOf(raw, reading.highest());
        boolean flat = reading.lowest().score() == reading.highest().score();
        Map<Integer, List<String>> words = new TreeMap<>();
        if (!flat) {
            words.computeIfAbsent(lowest, i -> new ArrayList<>()).add(style.texts.get("map.curve.lowest"));
            words.computeIfAbsent(highest, i -> new ArrayList<>()).add(style.texts.get("map.curve.highest"));
        }
        words.computeIfAbsent(last, i -> new ArrayList<>()).add(style.texts.get("map.curve.end"));
        words.forEach((point, list) -> {
            String text = style.texts.format("map.curve.callout", String.join(" · ", list),
                    EmotionCurve.signed(raw.scores()[point]));
            if (point == last) {
                text += "\n" + style.texts.format("map.curve.remembered", EmotionCurve.signed(reading.remembered()));
            }
            boolean above = flat ? raw.scores()[point] >= 0
                    : point != lowest && (point == highest || raw.scores()[point] >= 0);
            TextBlock block = style.wrapRemembered(text, style.small, style.column - 2 * style.pad);
            pendings.add(new Pending(curve, point, block, Math.min(style.column, block.width() + 2 * style.pad), above));
            double[] stack = stacks.computeIfAbsent(raw.ids()[point], id -> new double[2]);
            stack[above ? 0 : 1] += boxHeight(block) + style.cardGap;
        });
    }

    private static int indexOf(Raw raw, CurvePoint point) {
        for (int i = 0; i < raw.ids().length; i++) {
            if (raw.ids()[i].equals(point.touchpointId())) {
                return i;
            }
        }
        throw new IllegalStateException("point not on its curve: " + point);
    }

    private double boxHeight(TextBlock text) {
        return text.height() + style.pad;
    }

    /** The height the lane needs: callout bands, the scale with room for markers at both ends, padding. */
    double need() {
        return 2 * style.lanePad + band(topBand) + 2 * style.radius + SPAN * style.step + band(bottomBand);
    }

    private double band(double height) {
        return height > 0 ? height + style.cardGap : 0;
    }

    /** The scale of the lane placed at top with the given height; spare height is shared above and below. */
    CurveScale scale(double top, double height) {
        double plotTop = top + (height - need()) / 2 + style.lanePad + band(topBand) + style.radius;
        return new CurveScale(plotTop, style.step);
    }

    /** The curves with their y positions and callout boxes on a scale. */
    List<EmotionCurve> place(CurveScale scale) {
        List<List<Callout>> callouts = new ArrayList<>();
        raws.forEach(r -> callouts.add(new ArrayList<>()));
        Map<String, double[]> used = new HashMap<>();
        double aboveBase = scale.y(EmotionScore.MAX) - style.radius - style.cardGap;
        double belowBase = scale.y(EmotionScore.MIN) + style.radius + style.cardGap;
        for (Pending p : pendings) {
            Raw raw = raws.get(p.curve());
            String id = raw.ids()[p.point()];
            double[] stack = used.computeIfAbsent(id, k -> new double[2]);
            double height = boxHeight(p.text());
            double centre = raw.xs()[p.point()] - raw.offset();
            double y = p.above() ? aboveBase - stack[0] - height : belowBase + stack[1];
            stack[p.above() ? 0 : 1] += height + style.cardGap;
            Rectangle2D box = new Rectangle2D.Double(centre - p.width() / 2, y, p.width(), height);
            callouts.get(p.curve()).add(new Callout(id, p.text(), box, raw.xs()[p.point()],
                    scale.y(raw.scores()[p.point()])));
        }
        List<EmotionCurve> curves = new ArrayList<>();
        for (int k = 0; k < raws.size(); k++) {
            Raw raw = raws.get(k);
            double[] ys = new double[raw.xs().length];
            for (int i = 0; i < ys.length; i++) {
                ys[i] = scale.y(raw.scores()[i]);
            }
            curves.add(new EmotionCurve(raw.type(), k, Palette.curve(k), raw.xs(), ys, raw.scores(), raw.ids(),
                    raw.peakEnd(), List.copyOf(callouts.get(k))));
        }
        return curves;
    }
}
