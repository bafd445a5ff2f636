package com.motstudio.report.map;

import com.motstudio.method.PeakEndResult;
import com.motstudio.model.CustomerType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The column of lane titles at the map's left. Beside the curve lane it names each shown customer
 * type in its curve's colour with the peak-end estimate worked out: "Remembered ≈ −0.5 = (peak −4 +
 * end +3) ÷ 2". The scale's numbers (+5, 0, −5) sit at its right edge.
 */
final class LaneTitles {
    /** One shown type: its name, the estimate and how it was computed, each wrapped to the column. */
    record Summary(int curve, TextBlock name, TextBlock estimate, double y) {}

    final Map<Lane, TextBlock> titles = new EnumMap<>(Lane.class);
    final List<Summary> summaries = new ArrayList<>();
    final List<CustomerType> shown;
    final List<Optional<PeakEndResult>> readings;
    final double axisWidth;
    final double swatch;
    private final double emotionNeed;

    LaneTitles(MapStyle style, List<CustomerType> shown, List<Optional<PeakEndResult>> readings) {
        this.shown = List.copyOf(shown);
        this.readings = List.copyOf(readings);
        this.axisWidth = TextBlock.measure("\u22125", style.small, style.frc()) + style.pad;
        this.swatch = style.pad * 2.2;
        double inner = style.titleColumn - 2 * style.pad;
        for (Lane lane : Lane.values()) {
            double width = lane == Lane.EMOTIONS ? inner - axisWidth : inner;
            titles.put(lane, style.wrap(style.texts.get(lane.titleKey()), style.bold, width));
        }
        double y = titles.get(Lane.EMOTIONS).height() + style.pad;
        double textWidth = inner - axisWidth - swatch - style.pad * 0.5;
        for (int k = 0; k < shown.size(); k++) {
            CustomerType type = shown.get(k);
            TextBlock name = style.wrap(type.name().isBlank() ? style.texts.get("map.untitled") : type.name(),
                    style.base, textWidth);
            TextBlock estimate = style.wrap(estimate(style, readings.get(k)),
                    style.small, textWidth);
            summaries.add(new Summary(k, name, estimate, y));
            y += name.height() + estimate.height() + style.pad;
        }
        this.emotionNeed = y;
    }

    private static String estimate(MapStyle style, Optional<PeakEndResult> found) {
        if (found.isEmpty()) {
            return style.texts.get("map.curve.noScores");
        }
        PeakEndResult reading = found.get();
        return style.texts.format("map.curve.remembered", EmotionCurve.signed(reading.remembered())) + "\n"
                + style.texts.format("map.curve.formula", EmotionCurve.signed(reading.peak().score()),
                EmotionCurve.signed(reading.end().score()));
    }

    /** The content height the titles need in a lane (without the lane's padding). */
    double need(Lane lane) {
        return lane == Lane.EMOTIONS ? emotionNeed : titles.get(lane).height();
    }
}
