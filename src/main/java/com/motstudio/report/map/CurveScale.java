package com.motstudio.report.map;

import com.motstudio.model.EmotionScore;

/**
 * Where emotion scores sit in the curve lane: +5 at the top of the plot, −5 at its bottom.
 *
 * @param plotTop the y of the highest score
 * @param step    the height of one score step
 */
record CurveScale(double plotTop, double step) {
    double y(double score) {
        return plotTop + (EmotionScore.MAX - score) * step;
    }

    double plotBottom() {
        return y(EmotionScore.MIN);
    }
}
